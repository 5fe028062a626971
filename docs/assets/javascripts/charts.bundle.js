/* Built by scripts/bundle_js.js from charts.js, chart-draw.js (read those; edit those, then run `make js`). */
(function(root,factory){
"use strict";
var api=factory();
if(typeof module==="object"&&module.exports)module.exports=api;
else root.wsCharts=api;
})(typeof self!=="undefined"?self:this,function(){
"use strict";
var LIFELINE={width:640,height:340,left:120,right:24,top:48,bottom:44,labelMax:18};
var YEAR=/(^|[^0-9])((?:19|20)[0-9]{2})(?![0-9])/g;
function parsePeriod(text){
var years=[];
var match;
YEAR.lastIndex=0;
while((match=YEAR.exec(String(text||"")))!==null)years.push(Number(match[2]));
if(!years.length)return null;
var from=years[0];
var to=years[years.length-1];
return{from:Math.min(from,to),to:Math.max(from,to)};
}
function shorten(text,max){
var line=String(text||"").split(/\r?\n/)[0].replace(/\s+/g," ").trim();
if(line.length<=max)return line;
var cut=line.slice(0,max-1);
var space=cut.lastIndexOf(" ");
if(space>max/2)cut=cut.slice(0,space);
return cut.replace(/[\s,.;:–-]+$/,"")+"…";
}
function tickStep(span,most){
var steps=[1,2,5,10,20,25,50,100];
for(var i=0;i<steps.length;i++)if(span/steps[i]<=most)return steps[i];
return 100;
}
function lifeline(rows,t){
var L=LIFELINE;
var plot={x0:L.left,x1:L.width-L.right,y0:L.top,y1:L.height-L.bottom};
var events=[];
var unplaced=[];
(Array.isArray(rows)?rows:[]).forEach(function(row,index){
if(!row||typeof row!=="object")return;
var yearText=typeof row.year==="string"?row.year.trim():"";
var what=typeof row["what-happened"]==="string"?row["what-happened"].trim():"";
var rating=Number(row["high-low"]);
var period=parsePeriod(yearText);
var rated=rating>=1&&rating<=5&&Math.round(rating)===rating;
if(!yearText&&!what&&!row["high-low"])return;
var label=shorten(what||yearText,L.labelMax);
var full=what.split(/\r?\n/)[0].trim()||yearText;
if(!period||!rated){
unplaced.push({row:index,yearText:yearText,label:full,reason:!period?"year":"rating"});
return;
}
events.push({row:index,yearText:yearText,from:period.from,to:period.to,rating:rating,label:label,full:full});
});
events.sort(function(a,b){return(a.from+a.to)-(b.from+b.to)||a.row-b.row;});
var first=events.length?Math.min.apply(null,events.map(function(e){return e.from;})):0;
var last=events.length?Math.max.apply(null,events.map(function(e){return e.to;})):0;
var lo=first-(first===last?1:0);
var hi=last+(first===last?1:0);
var x=function(year){return plot.x0+((year-lo)/(hi-lo))*(plot.x1-plot.x0);};
var y=function(rating){return plot.y1-((rating-1)/4)*(plot.y1-plot.y0);};
var round=function(n){return Math.round(n*10)/10;};
var points=events.map(function(e,i){
var px=x((e.from+e.to)/2);
var py=y(e.rating);
var above=e.rating>=3;
var offset=14+(i%2)*13;
return{
row:e.row,yearText:e.yearText,from:e.from,to:e.to,rating:e.rating,label:e.label,full:e.full,
x:round(px),y:round(py),
spanFrom:round(x(e.from)),spanTo:round(x(e.to)),
shape:e.rating>3?"up":e.rating<3?"down":"middle",
labelY:round(above?py-offset:py+offset+8)
};
});
var ticks=[];
if(events.length){
var step=tickStep(hi-lo,8);
for(var year=Math.ceil(lo/step)*step;year<=hi;year+=step)ticks.push({year:year,x:round(x(year))});
}
var levels=[1,2,3,4,5].map(function(rating){return{rating:rating,y:round(y(rating))};});
return{
width:L.width,height:L.height,plot:plot,points:points,unplaced:unplaced,ticks:ticks,levels:levels,
title:t("chart_lifeline_title"),description:describeLifeline(points,unplaced,t),empty:!points.length
};
}
function describeLifeline(points,unplaced,t){
var parts=[];
if(!points.length){
parts.push(t("chart_lifeline_empty"));
}else{
var from=Math.min.apply(null,points.map(function(p){return p.from;}));
var to=Math.max.apply(null,points.map(function(p){return p.to;}));
var highest=points.reduce(function(best,p){return p.rating>best.rating?p:best;},points[0]);
var lowest=points.reduce(function(best,p){return p.rating<best.rating?p:best;},points[0]);
parts.push(t(points.length===1?"chart_lifeline_one":"chart_lifeline_many",{count:points.length,from:from,to:to,year:points[0].yearText}));
parts.push(t("chart_lifeline_highest",{year:highest.yearText,label:highest.full,rating:highest.rating}));
if(lowest!==highest)parts.push(t("chart_lifeline_lowest",{year:lowest.yearText,label:lowest.full,rating:lowest.rating}));
}
if(unplaced.length)parts.push(t("chart_lifeline_unplaced",{count:unplaced.length}));
return parts.join(" ");
}
return{
LIFELINE:LIFELINE,
parsePeriod:parsePeriod,
shorten:shorten,
tickStep:tickStep,
lifeline:lifeline,
describeLifeline:describeLifeline
};
});
(function(){
"use strict";
var t=window.wsUi.t;
var C=window.wsCharts;
var SVG="http://www.w3.org/2000/svg";
function svg(name,attrs,text){
var node=document.createElementNS(SVG,name);
Object.keys(attrs||{}).forEach(function(key){node.setAttribute(key,String(attrs[key]));});
if(text!==undefined)node.textContent=text;
return node;
}
function marker(point){
var x=point.x;
var y=point.y;
if(point.shape==="middle")return svg("circle",{cx:x,cy:y,r:6,class:"ws-chart__marker"});
var d=point.shape==="up"
?"M"+x+" "+(y-8)+"L"+(x+7)+" "+(y+5)+"L"+(x-7)+" "+(y+5)+"Z"
:"M"+x+" "+(y+8)+"L"+(x+7)+" "+(y-5)+"L"+(x-7)+" "+(y-5)+"Z";
return svg("path",{d:d,class:"ws-chart__marker"});
}
function drawLifeline(figure,rows,blank){
var chart=C.lifeline(blank?[]:rows,t);
var p=chart.plot;
var id=figure.getAttribute("data-ws-chart-id");
var picture=svg("svg",{
"data-ws-chart":"lifeline",role:"img","aria-labelledby":id+"-title "+id+"-desc",
width:chart.width,height:chart.height,viewBox:"0 0 "+chart.width+" "+chart.height,class:"ws-chart__svg"
});
picture.appendChild(svg("title",{id:id+"-title"},chart.title));
picture.appendChild(svg("desc",{id:id+"-desc"},blank?t("chart_lifeline_blank"):chart.description));
var grid=svg("g",{class:"ws-chart__grid"});
chart.levels.forEach(function(level){
grid.appendChild(svg("line",{x1:p.x0,x2:p.x1,y1:level.y,y2:level.y,class:level.rating===3?"ws-chart__middle":""}));
grid.appendChild(svg("text",{x:p.x0-10,y:level.y+4,"text-anchor":"end",class:"ws-chart__text"},String(level.rating)));
if(level.rating===5||level.rating===1){
grid.appendChild(svg("text",{x:p.x0-26,y:level.y+4,"text-anchor":"end",class:"ws-chart__text ws-chart__text--strong"},
level.rating===5?t("chart_high")+" ▲":t("chart_low")+" ▼"));
}
});
if(blank||chart.empty){
for(var i=0;i<=10;i++){
var gx=p.x0+(i*(p.x1-p.x0))/10;
grid.appendChild(svg("line",{x1:gx,x2:gx,y1:p.y0,y2:p.y1}));
}
}
chart.ticks.forEach(function(tick){
grid.appendChild(svg("line",{x1:tick.x,x2:tick.x,y1:p.y0,y2:p.y1}));
grid.appendChild(svg("text",{x:tick.x,y:p.y1+18,"text-anchor":"middle",class:"ws-chart__text"},String(tick.year)));
});
grid.appendChild(svg("text",{x:p.x1,y:chart.height-6,"text-anchor":"end",class:"ws-chart__text"},t("chart_years")+" →"));
picture.appendChild(grid);
if(chart.points.length>1){
picture.appendChild(svg("polyline",{
points:chart.points.map(function(point){return point.x+","+point.y;}).join(" "),class:"ws-chart__line"
}));
}
chart.points.forEach(function(point,index){
var group=svg("g",{"data-ws-point":index,"data-ws-row":point.row,class:"ws-chart__point"});
if(point.spanTo>point.spanFrom){
group.appendChild(svg("path",{
d:"M"+point.spanFrom+" "+(point.y-6)+"v12M"+point.spanFrom+" "+point.y+"H"+point.spanTo+
"M"+point.spanTo+" "+(point.y-6)+"v12",
class:"ws-chart__span"
}));
}
group.appendChild(marker(point));
var anchor=point.x<p.x0+60?"start":point.x>p.x1-60?"end":"middle";
group.appendChild(svg("text",{x:point.x,y:point.labelY,"text-anchor":anchor,class:"ws-chart__text ws-chart__label"},point.label));
picture.appendChild(group);
});
var box=figure.querySelector(".ws-chart__scroll");
box.replaceChildren(picture);
var list=figure.querySelector(".ws-chart__unplaced");
list.replaceChildren();
list.hidden=!chart.unplaced.length;
if(chart.unplaced.length){
list.appendChild(document.createTextNode(t("chart_unplaced")));
var items=document.createElement("ul");
chart.unplaced.forEach(function(event){
var item=document.createElement("li");
item.textContent=[event.yearText,event.label].filter(Boolean).filter(function(v,i,all){return all.indexOf(v)===i;}).join(" – ");
items.appendChild(item);
});
list.appendChild(items);
}
}
function mountChart(root,groupId,shown){
var group=root.querySelector('[data-ws-group="'+groupId+'"]');
var draw=DRAWERS[groupId];
if(!group||!draw)return;
var figure=document.createElement("figure");
figure.className="ws-chart";
figure.setAttribute("data-ws-chart-id","ws-chart-"+root.getAttribute("data-ws-worksheet")+"-"+groupId);
var box=document.createElement("div");
box.className="ws-chart__scroll";
box.tabIndex=0;
box.setAttribute("role","group");
box.setAttribute("aria-label",draw.title());
var list=document.createElement("div");
list.className="ws-chart__unplaced";
list.hidden=true;
figure.appendChild(box);
figure.appendChild(list);
group.parentNode.insertBefore(figure,group.nextSibling);
var latest=null;
function schedule(detail){
var scheduled=latest!==null;
latest=detail;
if(scheduled)return;
window.requestAnimationFrame(function(){
var now=latest;
latest=null;
draw.draw(figure,(now.answers||{})[groupId],now.blank);
});
}
root.addEventListener("ws:answers",function(event){schedule(event.detail);});
schedule(shown||{answers:{},blank:root.hasAttribute("data-ws-blank")});
}
var DRAWERS={
events:{title:function(){return t("chart_lifeline_title");},draw:drawLifeline}
};
window.wsChartDraw={mount:mountChart};
})();
