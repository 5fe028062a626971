/* Built by scripts/bundle_js.js from pdf-links.js (read those; edit those, then run `make js`). */
(function(){
"use strict";
var manifest=window.wsPdfManifest||{languages:{},documents:[]};
var lang=document.documentElement.lang;
function languagesText(languages){
return languages.map(function(code){return manifest.languages[code]||code;}).join(" + ");
}
function links(doc,base,parent){
doc.files.forEach(function(file,index){
if(index)parent.appendChild(document.createTextNode(" · "));
var link=document.createElement("a");
link.href=base+file.file;
link.type="application/pdf";
link.hreflang=file.languages[0];
link.lang=file.languages[0];
link.textContent=languagesText(file.languages);
parent.appendChild(link);
});
}
document.querySelectorAll("[data-ws-pdf]").forEach(function(box){
var wanted=box.getAttribute("data-ws-pdf");
var base=box.getAttribute("data-ws-pdf-base")||"";
var docs=manifest.documents.filter(function(doc){return wanted==="*"||doc.id===wanted;});
if(!docs.length)return;
if(wanted==="*"){
var list=document.createElement("ul");
docs.forEach(function(doc){
var item=document.createElement("li");
var title=document.createElement("span");
title.className="ws-pdf__document";
title.textContent=(doc.titles[lang]||doc.titles[Object.keys(doc.titles)[0]])+": ";
item.appendChild(title);
links(doc,base,item);
list.appendChild(item);
});
box.appendChild(list);
}else{
var line=box.querySelector(".ws-pdf__title")||box;
line.appendChild(document.createTextNode(" "));
links(docs[0],base,line);
}
box.hidden=false;
});
})();
