"""The inline CSS and JavaScript of the review page and the document list (no network, no CDN)."""

from __future__ import annotations

from govdoc_nlp.view.fields import INK, KINDS


def kind_css() -> str:
    """One rule per highlight kind: background + ink for text marks, stroke + fill for page boxes."""
    rules = []
    for kind, (_label, bg, line) in KINDS.items():
        rules.append(
            f".k-{kind}{{background:{bg};color:{INK};--line:{line}}}"
            f"rect.k-{kind}{{fill:{bg};fill-opacity:.35;stroke:{line};stroke-width:1.5}}"
        )
    return "\n".join(rules)


BASE_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.55 system-ui,"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;color:#111827;background:#f8fafc}
header.top{padding:8px 16px;background:#1e293b;color:#f8fafc;display:flex;gap:16px;align-items:baseline;flex-wrap:wrap}
header.top h1{font-size:17px;margin:0;font-weight:600}
header.top .meta{color:#cbd5e1;font-size:12px}
header.top a{color:#bfdbfe}
.legend{display:flex;flex-wrap:wrap;gap:4px 6px;padding:6px 16px;background:#fff;border-bottom:1px solid #e2e8f0}
.legend .chip{padding:1px 7px;border-radius:3px;font-size:12px;border:1px solid var(--line)}
.layout{display:grid;grid-template-columns:minmax(320px,1fr) minmax(0,auto) 380px;height:calc(100vh - 86px)}
.layout.nopages{grid-template-columns:minmax(320px,1fr) minmax(360px,34%)}
.col{overflow:auto;padding:12px 16px;border-right:1px solid #e2e8f0}
.col h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#475569;margin:8px 0}
#doctext{white-space:pre-wrap;word-break:break-all;font-size:15px;line-height:1.9;background:#fff;padding:14px 18px;border:1px solid #e2e8f0;margin:0;font-family:inherit}
mark.hl{border-radius:2px;padding:1px 0;box-shadow:inset 0 -2px 0 var(--line)}
mark.hl mark.hl{box-shadow:inset 0 -2px 0 var(--line),0 0 0 1px var(--line)}
mark.located{outline:1px dashed var(--line)}
mark.k-deadline{font-weight:700}
.flash{animation:flash 1.6s ease-out}
mark.flash{outline:3px solid #111827}
rect.flash{stroke:#111827;stroke-width:4}
@keyframes flash{0%,40%{filter:brightness(.75)}100%{filter:none}}
.pages{width:min(46vw,720px)}
.page{position:relative;margin:0 0 14px;border:1px solid #cbd5e1;background:#fff}
.page img{display:block;width:100%;height:auto}
.page svg{position:absolute;left:0;top:0;width:100%;height:100%}
.page figcaption{position:absolute;right:4px;top:2px;font-size:11px;background:#fffc;padding:0 4px}
.panel ul{list-style:none;margin:0;padding:0}
.entry{display:flex;gap:6px;align-items:flex-start;padding:4px 6px;margin:2px 0;border-radius:4px;cursor:pointer;border:1px solid transparent}
.entry:hover,.entry:focus,.entry.active{border-color:#1e293b;outline:none}
.entry .sw{flex:0 0 12px;height:12px;margin-top:4px;border-radius:2px;border:1px solid var(--line)}
.entry .f{font:12px ui-monospace,monospace;color:#334155;display:block}
.entry .v{display:block;word-break:break-all}
.entry .d{display:block;font-size:12px;color:#475569}
.entry.nospan{cursor:default;opacity:.85}
.entry.nospan .d::after{content:" · no span in the text"}
.warn{color:#7c2d12;background:#ffedd5;padding:3px 6px;border-radius:3px;margin:2px 0}
.warn code{font-weight:600}
pre.json{font:12px/1.45 ui-monospace,monospace;background:#0f172a;color:#e2e8f0;padding:8px;overflow:auto;white-space:pre-wrap;word-break:break-all}
.muted{color:#475569}
"""

LIST_CSS = """
body{font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#111827;background:#f8fafc}
header.top{padding:8px 16px;background:#1e293b;color:#f8fafc}
header.top h1{font-size:17px;margin:0}
form.filters{display:flex;flex-wrap:wrap;gap:8px;padding:10px 16px;background:#fff;border-bottom:1px solid #e2e8f0;align-items:center}
form.filters input[type=search]{width:22em;padding:4px 6px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e2e8f0;vertical-align:top}
th{background:#f1f5f9;font-size:12px;color:#334155}
td.w{color:#7c2d12}
tr.failed td{background:#fef2f2}
a{color:#1d4ed8}
.pager{padding:10px 16px}
.status{padding:6px 16px;color:#475569}
"""

VIEW_JS = r"""
(function(){
  "use strict";
  var body=document.body;
  function all(id){return document.querySelectorAll('[data-h="'+id+'"]');}
  function go(id, scroll){
    var els=all(id);
    for(var i=0;i<els.length;i++){var e=els[i];e.classList.remove('flash');void e.getBoundingClientRect();e.classList.add('flash');}
    if(!scroll) return;
    var t=document.querySelector('#doctext mark[data-h="'+id+'"]');
    if(t) t.scrollIntoView({block:'center',behavior:'smooth'});
    var b=document.querySelector('.pages rect[data-h="'+id+'"]');
    if(b) b.scrollIntoView({block:'center',behavior:'smooth'});
  }
  var entries=document.querySelectorAll('.panel .entry[data-h]');
  for(var i=0;i<entries.length;i++){
    (function(li){
      var id=li.getAttribute('data-h');
      li.addEventListener('mouseenter',function(){go(id,false);});
      li.addEventListener('click',function(){go(id,true);});
      li.addEventListener('keydown',function(ev){if(ev.key==='Enter'||ev.key===' '){ev.preventDefault();go(id,true);}});
    })(entries[i]);
  }
  document.addEventListener('click',function(ev){
    var m=ev.target.closest&&ev.target.closest('mark[data-h],rect[data-h]');
    if(!m) return;
    var id=m.getAttribute('data-h');
    var li=document.querySelector('.panel .entry[data-h="'+id+'"]');
    if(li){li.scrollIntoView({block:'center',behavior:'smooth'});li.classList.add('active');setTimeout(function(){li.classList.remove('active');},1600);}
    go(id,false);
  });
  var m0=/^#(h[0-9]+)$/.exec(location.hash);
  if(m0) go(m0[1],true);
  window.addEventListener('hashchange',function(){var m=/^#(h[0-9]+)$/.exec(location.hash);if(m) go(m[1],true);});
  var data=JSON.parse(document.getElementById('view-data').textContent);
  body.setAttribute('data-view-ready','1');
  body.setAttribute('data-marks',String(data.marks));
})();
"""
