"""The inline CSS and JavaScript of the review queue and the review page (no network, no CDN)."""

from __future__ import annotations

from govdoc_nlp.view.assets import LIST_CSS

# Text on every badge colour is #111827 with at least 4.5:1 contrast (tests/test_view_review.py).
CONF_COLOURS = {"c-hi": "#bbf7d0", "c-mid": "#fde68a", "c-lo": "#fecaca", "c-na": "#e5e7eb"}

BADGE_CSS = (
    ".conf{font:12px ui-monospace,monospace;padding:0 5px;border-radius:3px;color:#111827;white-space:nowrap}"
    + "".join(f".{cls}{{background:{bg}}}" for cls, bg in CONF_COLOURS.items())
)

QUEUE_CSS = LIST_CSS + BADGE_CSS + """
header.top a{color:#bfdbfe;margin-right:12px}
header.top h1{display:inline-block;margin-right:16px}
td.weak{font-size:12px}
.done{color:#15803d;font-weight:600;white-space:nowrap}
"""

REVIEW_CSS = BADGE_CSS + """
header.top a{margin-right:4px}
body.reviewing{display:flex;flex-direction:column;height:100vh;overflow:hidden}
.layout.review{grid-template-columns:minmax(320px,1fr) minmax(440px,42%);grid-template-rows:minmax(0,1fr);flex:1;min-height:0;height:auto}
.selbar{margin:0 0 6px;font-size:13px;background:#fff;border:1px dashed #94a3b8;padding:3px 8px;word-break:break-all}
.savebar{position:sticky;top:-12px;z-index:2;background:#f8fafc;padding:8px 0;display:flex;gap:8px;align-items:center;flex-wrap:wrap;border-bottom:1px solid #e2e8f0}
#status{font-size:13px}
#status.bad{color:#b91c1c;font-weight:600}
.small{font-size:12px;margin:4px 0}
.notes{display:block;font-size:12px;color:#334155;margin:6px 0}
.notes textarea{display:block;width:100%;font:inherit}
.warns{margin:4px 0}
.rf{background:#fff;border:1px solid #e2e8f0;border-left:5px solid #cbd5e1;border-radius:4px;padding:5px 8px;margin:6px 0}
.rf[data-state=ok]{border-left-color:#15803d}
.rf[data-state=fixed]{border-left-color:#1d4ed8}
.rh{display:flex;gap:6px;align-items:center;flex-wrap:wrap;margin-bottom:3px}
.fname{font:600 12px ui-monospace,monospace;color:#334155}
.rf .state{margin-left:auto;font-size:12px}
.rf[data-state=ok] .state::before{content:"✓ accepted";color:#15803d}
.rf[data-state=fixed] .state::before{content:"✎ corrected";color:#1d4ed8}
.rf .val,.rf textarea{width:100%;font:inherit;padding:2px 4px}
.items{margin:2px 0;padding-left:22px}
.items .it{display:flex;gap:4px;align-items:flex-start;margin:3px 0;list-style:decimal}
.it .lvl{width:3em}.it .num{width:3.5em}.it .head,.it .txt{flex:1;min-width:0}
.ra{display:flex;gap:4px;margin-top:4px;flex-wrap:wrap}
a.sp{font-size:12px}
button{font:12px system-ui,sans-serif;padding:2px 8px;border:1px solid #94a3b8;background:#f8fafc;color:#111827;border-radius:3px;cursor:pointer}
button:hover,button:focus{border-color:#1e293b}
button.primary{background:#1d4ed8;color:#fff;border-color:#1d4ed8;font-weight:600;font-size:14px;padding:4px 14px}
"""

REVIEW_JS = r"""
(function(){
  "use strict";
  var data=JSON.parse(document.getElementById('review-data').textContent);
  var body=document.body, statusEl=document.getElementById('status'), selEl=document.getElementById('seltext');
  var doctext=document.getElementById('doctext'), sel='';
  function flat(s){return s.replace(/\s*\n\s*/g,'').replace(/^\s+|\s+$/g,'');}
  function say(msg,bad){statusEl.textContent=msg;statusEl.className=bad?'bad':'';}
  function mark(row,state){row.setAttribute('data-state',state);}
  function track(){
    var s=window.getSelection();
    if(!s||!s.rangeCount||!doctext.contains(s.getRangeAt(0).commonAncestorContainer)) return;
    var t=flat(s.toString());
    if(!t) return;
    sel=t; selEl.textContent=t.length>90?t.slice(0,90)+'…':t; selEl.classList.remove('muted');
  }
  document.addEventListener('selectionchange',track);
  var SEC=[[/^([一二三四五六七八九十百零〇]+)\s*[、.．]/,1],[/^[（(]([一二三四五六七八九十百零〇]+)[)）]/,2],
           [/^([0-9０-９]+)\s*[.、．]/,3],[/^[（(]([0-9０-９]+)[)）]/,4]];
  function section(t){
    for(var i=0;i<SEC.length;i++){
      var m=SEC[i][0].exec(t);
      if(m){var rest=t.slice(m[0].length),k=rest.indexOf('。');return {level:SEC[i][1],number:m[1],heading:k>=0?rest.slice(0,k):rest};}
    }
    return {level:1,number:'',heading:t};
  }
  function fill(row,li,t){
    if(row.getAttribute('data-field')!=='sections'){li.querySelector('.txt').value=t;return;}
    var s=section(t);
    li.querySelector('.lvl').value=String(s.level);li.querySelector('.num').value=s.number;li.querySelector('.head').value=s.heading;
  }
  var rows=document.querySelectorAll('.rf');
  Array.prototype.forEach.call(rows,function(row){
    row.addEventListener('input',function(){mark(row,'fixed');});
    row.addEventListener('change',function(){mark(row,'fixed');});
    row.addEventListener('click',function(ev){
      var b=ev.target.closest('button[data-act]');
      if(!b) return;
      var act=b.getAttribute('data-act'), val=row.querySelector('.val'), li=b.closest('li.it');
      if(act==='accept'){mark(row,'ok');return;}
      if(act==='clear'){val.value='';mark(row,'fixed');return;}
      if(act==='item-del'){li.remove();mark(row,'fixed');return;}
      track();
      if(!sel){say('select some text in the document first',true);return;}
      if(act==='sel') val.value=(row.getAttribute('data-type')==='list'&&val.value.trim())?val.value.replace(/\s+$/,'')+'\n'+sel:sel;
      else if(act==='add-sel'){var tpl=document.getElementById('tpl-'+row.getAttribute('data-field'));
        var item=tpl.content.firstElementChild.cloneNode(true);row.querySelector('.items').appendChild(item);fill(row,item,sel);}
      else if(act==='item-sel'){if(row.getAttribute('data-field')==='sections') li.querySelector('.head').value=section(sel).heading; else fill(row,li,sel);}
      mark(row,'fixed');
    });
  });
  function value(row){
    var type=row.getAttribute('data-type'), val=row.querySelector('.val');
    if(type==='scalar') return val.value.trim()||null;
    if(type==='list') return val.value.split('\n').map(function(s){return s.trim();}).filter(Boolean);
    var items=row.querySelectorAll('li.it'), out=[];
    for(var i=0;i<items.length;i++){
      var li=items[i];
      if(type==='sections') out.push({level:parseInt(li.querySelector('.lvl').value,10),number:li.querySelector('.num').value.trim(),heading:li.querySelector('.head').value.trim()});
      else if(li.querySelector('.txt').value.trim()) out.push(li.querySelector('.txt').value.trim());
    }
    return out;
  }
  document.getElementById('accept-all').addEventListener('click',function(){
    Array.prototype.forEach.call(rows,function(r){if(r.getAttribute('data-state')==='todo') mark(r,'ok');});
  });
  document.getElementById('save').addEventListener('click',function(){
    var fields={};
    Array.prototype.forEach.call(rows,function(r){if(r.getAttribute('data-state')!=='todo') fields[r.getAttribute('data-field')]=value(r);});
    say('saving…');
    fetch(data.save,{method:'POST',credentials:'same-origin',headers:{'Content-Type':'application/json','X-Govdoc-Token':data.token},
                     body:JSON.stringify({fields:fields,notes:document.getElementById('notes').value})})
      .then(function(r){return r.json().then(function(j){return [r.ok,j];});})
      .then(function(res){
        if(!res[0]) throw new Error(res[1].error||'refused');
        say('saved '+res[1].fields+' field(s) to '+res[1].path+' · ');
        var a=document.createElement('a');a.href=data.next;a.textContent='next unreviewed →';statusEl.appendChild(a);
        document.getElementById('gold-state').textContent='saved as '+res[1].path;
        body.setAttribute('data-saved','1');
      })
      .catch(function(e){say('not saved: '+e.message,true);});
  });
  body.setAttribute('data-review-ready','1');
})();
"""
