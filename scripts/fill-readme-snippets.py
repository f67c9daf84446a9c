# Fills every marked README snippet from its tagged region (the same rule as ReadmeSnippetsTest).
import re, glob, os
root=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src=root+'/examples/src/main/java/io/github/cptssdk/examples/'
def region(f,tag):
    lines=open(src+f).read().split('\n'); out=None
    for i,l in enumerate(lines):
        if l.strip()=='// tag::%s[]'%tag: start=i+1
        if l.strip()=='// end::%s[]'%tag: out=lines[start:i]
    ind=min(len(l)-len(l.lstrip()) for l in out if l.strip())
    return '\n'.join(l[ind:] if l.strip() else '' for l in out)
for readme in [root+'/README.md']+glob.glob(root+'/*/README.md'):
    s=open(readme).read()
    s2=re.sub(r'(<!-- snippet: ([\w.]+)#([\w-]+) -->\s*\n```java\n)(.*?)(```)', lambda m: m.group(1)+region(m.group(2),m.group(3))+'\n'+m.group(5), s, flags=re.S)
    if s2!=s: open(readme,'w').write(s2); print('filled',readme)
