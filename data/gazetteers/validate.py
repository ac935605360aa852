import sys, collections
import os
D=os.path.join(os.path.dirname(os.path.abspath(__file__)), '')
ALLOWED={'datasets':{'dataset','benchmark'},'methods':{'method','model'},'tasks':{'task'},'metrics':{'metric'}}
COLS=['name','type','aliases','case','direction','source']
ok=True; forms_by_file={}
def err(*a):
    global ok; ok=False; print('ERROR',*a)
for f,types in ALLOWED.items():
    lines=open(D+f+'.tsv',encoding='utf-8').read().split('\n')
    assert lines[-1]==''; lines=lines[:-1]
    i=0
    while lines[i].startswith('#'): i+=1
    if lines[i].split('\t')!=COLS: err(f,'bad header',lines[i])
    names=collections.Counter(); forms=collections.defaultdict(list); cnt=collections.Counter()
    for n,l in enumerate(lines[i+1:],i+2):
        if l.startswith('#'): continue
        c=l.split('\t')
        if len(c)!=6: err(f,n,'columns',len(c)); continue
        name,typ,al,case,dirn,src=c
        cnt[typ]+=1
        if not name or name!=name.strip(): err(f,n,'name')
        if typ not in types: err(f,n,'type',typ)
        if case not in('exact','any'): err(f,n,'case',case)
        if src not in('pwc','curated'): err(f,n,'source',src)
        if f=='metrics' and dirn not in('higher','lower'): err(f,n,'direction',dirn)
        if f!='metrics' and dirn: err(f,n,'direction must be empty')
        names[name.lower()]+=1
        als=[a for a in al.split('|') if a] if al else []
        if any(a!=a.strip() for a in als): err(f,n,'alias whitespace')
        for x in [name]+als:
            key=x if case=='exact' else x.lower()
            forms[x.lower()].append((name,case,x))
    for k,v in names.items():
        if v>1: err(f,'duplicate name',k)
    for k,v in forms.items():
        ents={e[0] for e in v}
        if len(ents)>1:
            # collision only matters if the written forms can both match the same string
            exact_forms={e[2] for e in v if e[1]=='exact'}
            if any(e[1]=='any' for e in v) or len(exact_forms)<len([e for e in v if e[1]=='exact']):
                err(f,'form shared by entries',k,v)
    forms_by_file[f]=forms
    print(f, sum(cnt.values()), dict(cnt))
# cross-file
fl=list(forms_by_file)
for a in range(len(fl)):
    for b in range(a+1,len(fl)):
        common=set(forms_by_file[fl[a]])&set(forms_by_file[fl[b]])
        for k in sorted(common):
            print('CROSS',fl[a],fl[b],forms_by_file[fl[a]][k],forms_by_file[fl[b]][k])
print('OK' if ok else 'FAILED')
