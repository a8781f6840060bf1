const fs=require('fs'); const {SourceMapConsumer}=require('source-map-js'); const zlib=require('zlib');
const dist=process.argv[2]; const html=fs.readFileSync(dist+'/index.html','utf8');
const files=[...html.matchAll(/assets\/[^"]*\.js/g)].map(m=>m[0]);
const agg={};
for(const f of files){ const p=dist+'/'+f; if(!fs.existsSync(p+'.map')) continue; const code=fs.readFileSync(p,'utf8'); const lines=code.split('\n');
  const smc=new SourceMapConsumer(JSON.parse(fs.readFileSync(p+'.map','utf8')));
  const segs=[]; smc.eachMapping(m=>segs.push(m));
  segs.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
  for(let i=0;i<segs.length;i++){const s=segs[i],n=segs[i+1]; const line=lines[s.generatedLine-1]||''; const end=(n&&n.generatedLine===s.generatedLine)?n.generatedColumn:line.length; const src=(s.source||'?').replace(/^.*node_modules\//,'nm:').replace(/^.*work\/main\//,''); agg[src]=(agg[src]||0)+(end-s.generatedColumn);} }
const rows=Object.entries(agg).sort((a,b)=>b[1]-a[1]);
const grp={};for(const [k,v] of rows){const g=k.startsWith('nm:')?k.split('/').slice(0,2).join('/'):k.split('/').slice(0,2).join('/');grp[g]=(grp[g]||0)+v;}
console.log(Object.entries(grp).sort((a,b)=>b[1]-a[1]).slice(0,20).map(([k,v])=>k.padEnd(40)+(v/1024).toFixed(1)+'K min').join('\n'));
console.log('---');console.log(rows.filter(([k])=>!k.startsWith('nm:')).slice(0,40).map(([k,v])=>k.padEnd(50)+(v/1024).toFixed(1)+'K').join('\n'));
