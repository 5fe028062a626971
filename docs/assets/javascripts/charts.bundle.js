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
var NETWORK={size:560,rings:["close","acquaintance","new"],radii:[90,165,240],labelMax:22};
function network(answers,t){
var N=NETWORK;
var centre=N.size/2;
var rows=answers&&Array.isArray(answers.contacts)?answers.contacts:[];
var text=function(value){return typeof value==="string"?value.trim():"";};
var byRing=N.rings.map(function(){return[];});
var unplaced=[];
rows.forEach(function(row,index){
if(!row||typeof row!=="object"||!text(row.name))return;
var contact={row:index,name:text(row.name),type:text(row.type)||"unknown",next:text(row["next-contact"])};
var ring=N.rings.indexOf(text(row.circle));
if(ring===-1)unplaced.push(contact);else byRing[ring].push(contact);
});
var round=function(n){return Math.round(n*10)/10;};
var nodes=[];
byRing.forEach(function(contacts,ring){
var turn=ring*0.35;
contacts.forEach(function(contact,i){
var angle=-Math.PI/2+turn+(2*Math.PI*i)/contacts.length;
var x=centre+N.radii[ring]*Math.cos(angle);
var y=centre+N.radii[ring]*Math.sin(angle);
nodes.push({
row:contact.row,name:contact.name,label:shorten(contact.name,N.labelMax),type:contact.type,
ring:N.rings[ring],next:contact.next,x:round(x),y:round(y),
anchor:Math.abs(x-centre)<20?"middle":x>centre?"start":"end"
});
});
});
unplaced.forEach(function(contact,i){
nodes.push({
row:contact.row,name:contact.name,label:shorten(contact.name,N.labelMax),type:contact.type,ring:"",
next:contact.next,x:round(40+((N.size-80)*(i+0.5))/unplaced.length),y:N.size+30,anchor:"middle"
});
});
var target=text(answers&&answers["target-job"]);
return{
size:N.size,height:N.size+(unplaced.length?70:0),centre:centre,target:target,nodes:nodes,unplaced:unplaced,
rings:N.rings.map(function(id,i){return{id:id,r:N.radii[i]};}),
title:t("chart_network_title"),description:describeNetwork(target,byRing,unplaced,t)
};
}
function describeNetwork(target,byRing,unplaced,t){
var parts=[target?t("chart_network_target",{target:target}):t("chart_network_no_target")];
var count=byRing[0].length+byRing[1].length+byRing[2].length;
parts.push(t("chart_network_rings",{count:count,close:byRing[0].length,acquaintance:byRing[1].length,"new":byRing[2].length}));
var dated=byRing[0].concat(byRing[1],byRing[2],unplaced).filter(function(c){return/^\d{4}-\d{2}-\d{2}$/.test(c.next);});
dated.sort(function(a,b){return a.next<b.next?-1:a.next>b.next?1:a.row-b.row;});
if(dated.length)parts.push(t("chart_network_next",{date:dated[0].next,name:dated[0].name}));
if(unplaced.length)parts.push(t("chart_network_unplaced",{count:unplaced.length}));
return parts.join(" ");
}
var GOAL={width:560,height:110,left:24,right:24,base:78,bar:40};
var DAY=86400000;
function dayNumber(value){
var m=/^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof value==="string"?value:"");
if(!m)return null;
var time=Date.UTC(+m[1],+m[2]-1,+m[3]);
var d=new Date(time);
return d.getUTCDate()===+m[3]&&d.getUTCMonth()===+m[2]-1?time/DAY:null;
}
var CHECKS=3;
var PERCENT={"not-started":0,started:25,halfway:50,"nearly-done":75,done:100};
function progressChecks(row,agreement){
var checks=[];
for(var n=1;n<=CHECKS;n++){
var progress=row&&row["check-"+n+"-progress"];
if(typeof progress!=="string"||!Object.prototype.hasOwnProperty.call(PERCENT,progress))continue;
var own=row["check-"+n+"-date"];
var date=dayNumber(own)!==null?own:n<=2&&dayNumber((agreement||{})["review-"+n])!==null?agreement["review-"+n]:null;
var note=typeof row["check-"+n+"-note"]==="string"?row["check-"+n+"-note"].split(/\r?\n/)[0].trim():"";
checks.push({number:n,date:date,day:date===null?null:dayNumber(date),percent:PERCENT[progress],note:note});
}
return checks;
}
function goals(rows,agreement,today,t){
var G=GOAL;
var x0=G.left;
var x1=G.width-G.right;
var now=dayNumber(today);
var round=function(n){return Math.round(n*10)/10;};
var charts=[];
(Array.isArray(rows)?rows:[]).forEach(function(row,index){
var end=dayNumber(row&&row.deadline);
if(end===null)return;
var checks=progressChecks(row,agreement);
var known=[dayNumber((agreement||{})["start-date"]),now].concat(checks.map(function(c){return c.day;}))
.filter(function(d){return d!==null&&d<end;});
var start=known.length?Math.min.apply(null,known):end-30;
var x=function(d){return round(x0+((Math.min(Math.max(d,start),end)-start)/(end-start))*(x1-x0));};
var goalText=typeof row.goal==="string"&&row.goal.trim()?row.goal.trim():t("chart_goal_unnamed",{number:index+1});
var placed=checks.filter(function(c){return c.day!==null;}).map(function(c){
return{number:c.number,date:c.date,percent:c.percent,note:c.note,x:x(c.day),top:round(G.base-(G.bar*c.percent)/100)};
});
var parts=[t("chart_goal_span",{goal:goalText,start:isoDay(start),deadline:row.deadline})];
if(now!==null)parts.push(now<=end?t("chart_goal_left",{days:end-now}):t("chart_goal_past"));
checks.forEach(function(c){
var params={number:c.number,date:c.date||"",percent:c.percent,note:shorten(c.note,60)};
var key=c.date?(c.note?"chart_goal_check_note":"chart_goal_check")
:(c.note?"chart_goal_check_undated_note":"chart_goal_check_undated");
parts.push(t(key,params));
});
charts.push({
row:index,number:index+1,goal:goalText,label:shorten(goalText,40),width:G.width,height:G.height,
x0:x0,x1:x1,base:G.base,start:isoDay(start),deadline:row.deadline,
today:now===null?null:{x:x(now),inside:now>=start&&now<=end},
checks:placed,title:t("chart_goal_title",{number:index+1}),description:parts.join(" ")
});
});
return charts;
}
function isoDay(days){
return new Date(days*DAY).toISOString().slice(0,10);
}
return{
LIFELINE:LIFELINE,
parsePeriod:parsePeriod,
shorten:shorten,
tickStep:tickStep,
lifeline:lifeline,
describeLifeline:describeLifeline,
NETWORK:NETWORK,
network:network,
dayNumber:dayNumber,
CHECKS:CHECKS,
PERCENT:PERCENT,
progressChecks:progressChecks,
goals:goals
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
function typeMark(node){
var x=node.x;
var y=node.y;
var attrs={class:"ws-chart__marker","data-ws-type":node.type};
if(node.type==="organisation")return svg("rect",Object.assign(attrs,{x:x-7,y:y-7,width:14,height:14}));
if(node.type==="community")return svg("path",Object.assign(attrs,{d:"M"+x+" "+(y-9)+"L"+(x+8)+" "+(y+6)+"L"+(x-8)+" "+(y+6)+"Z"}));
if(node.type==="online")return svg("path",Object.assign(attrs,{d:"M"+x+" "+(y-9)+"L"+(x+9)+" "+y+"L"+x+" "+(y+9)+"L"+(x-9)+" "+y+"Z"}));
if(node.type==="person")return svg("circle",Object.assign(attrs,{cx:x,cy:y,r:7}));
return svg("circle",{cx:x,cy:y,r:6,class:"ws-chart__marker ws-chart__marker--open"});
}
function drawNetwork(figure,answers,blank){
var chart=C.network(blank?{}:answers,t);
var id=figure.getAttribute("data-ws-chart-id");
var c=chart.centre;
var picture=svg("svg",{
"data-ws-chart":"network",role:"img","aria-labelledby":id+"-title "+id+"-desc",
width:chart.size,height:chart.height,viewBox:"0 0 "+chart.size+" "+chart.height,class:"ws-chart__svg"
});
picture.appendChild(svg("title",{id:id+"-title"},chart.title));
picture.appendChild(svg("desc",{id:id+"-desc"},blank?t("chart_network_blank"):chart.description));
var grid=svg("g",{class:"ws-chart__grid"});
var ringNames={close:t("chart_network_close"),acquaintance:t("chart_network_acquaintance"),"new":t("chart_network_new")};
chart.rings.forEach(function(ring,i){
grid.appendChild(svg("circle",{cx:c,cy:c,r:ring.r,class:"ws-chart__ring ws-chart__ring--"+i}));
grid.appendChild(svg("text",{x:c,y:c+ring.r-6,"text-anchor":"middle",class:"ws-chart__text ws-chart__text--strong"},ringNames[ring.id]));
});
picture.appendChild(grid);
picture.appendChild(svg("text",{x:c,y:c+5,"text-anchor":"middle",class:"ws-chart__text ws-chart__text--strong ws-chart__label"},
chart.target?C.shorten(chart.target,20):t("chart_network_centre")));
if(chart.nodes.some(function(node){return!node.ring;})){
picture.appendChild(svg("text",{x:10,y:chart.size+8,class:"ws-chart__text ws-chart__text--strong"},t("chart_network_no_circle")));
}
chart.nodes.forEach(function(node,index){
picture.appendChild(typeMark(node));
var dx=node.anchor==="start"?12:node.anchor==="end"?-12:0;
var dy=node.anchor!=="middle"?4:node.y<=c?(node.next?-28:-13):22;
picture.appendChild(svg("text",{
x:node.x+dx,y:node.y+dy,"text-anchor":node.anchor,"data-ws-node":index,"data-ws-row":node.row,
class:"ws-chart__text ws-chart__label"
},node.name));
if(node.next){
picture.appendChild(svg("text",{x:node.x+dx,y:node.y+dy+15,"text-anchor":node.anchor,class:"ws-chart__text ws-chart__label ws-chart__date"},"→ "+node.next));
}
});
figure.querySelector(".ws-chart__scroll").replaceChildren(picture);
var legend=figure.querySelector(".ws-chart__unplaced");
legend.textContent=t("chart_network_legend");
legend.hidden=false;
}
function stored(root,worksheetId){
var store=window.wsWorksheets&&window.wsWorksheets.createStore(root.getAttribute("data-ws-namespace")||"tyouramentorointi");
return store&&store.readable()?store.readWorksheet(worksheetId,window.wsUi.manifest||{}).answers:{};
}
function closingGoals(root){
var A=window.wsAnswers;
var manifest=window.wsUi.manifest||{worksheets:{}};
var store=window.wsWorksheets&&window.wsWorksheets.createStore(root.getAttribute("data-ws-namespace")||"tyouramentorointi");
var timelines=function(rows){return C.goals(rows,{},"",t).length;};
var result={goals:stored(root,"goals").goals||[],agreement:stored(root,"agreement")};
if(timelines(result.goals)||!store||!store.readable()||!window.wsSharedRecall)return result;
window.wsSharedRecall.keptCopies(store).some(function(kept){
var read=function(id){
var answers=A.isPlainObject(kept.copy.worksheets[id])?kept.copy.worksheets[id]:{};
return manifest.worksheets&&manifest.worksheets[id]?A.normaliseAnswers(manifest,manifest.worksheets[id].fields,answers,"",{}):answers;
};
var goals=read("goals").goals;
if(!Array.isArray(goals)||!timelines(goals))return false;
result={goals:goals,agreement:read("agreement")};
return true;
});
return result;
}
function localToday(){
var d=new Date();
return[d.getFullYear(),("0"+(d.getMonth()+1)).slice(-2),("0"+d.getDate()).slice(-2)].join("-");
}
function drawGoals(figure,rows,blank,agreement){
var charts=blank?[]:C.goals(rows,agreement||{},localToday(),t);
var id=figure.getAttribute("data-ws-chart-id");
var pictures=charts.map(function(chart){
var key=id+"-"+chart.number;
var picture=svg("svg",{
"data-ws-chart":"goal","data-ws-row":chart.row,role:"img","aria-labelledby":key+"-title "+key+"-desc",
width:chart.width,height:chart.height,viewBox:"0 0 "+chart.width+" "+chart.height,class:"ws-chart__svg ws-chart__svg--goal"
});
picture.appendChild(svg("title",{id:key+"-title"},chart.title));
picture.appendChild(svg("desc",{id:key+"-desc"},chart.description));
picture.appendChild(svg("text",{x:chart.x0,y:16,class:"ws-chart__text ws-chart__text--strong"},chart.number+". "+chart.label));
picture.appendChild(svg("line",{x1:chart.x0,x2:chart.x1,y1:chart.base,y2:chart.base,class:"ws-chart__line"}));
picture.appendChild(svg("path",{d:"M"+chart.x0+" "+(chart.base-8)+"v16M"+chart.x1+" "+(chart.base-30)+"v38",class:"ws-chart__span"}));
picture.appendChild(svg("text",{x:chart.x0,y:chart.base+24,class:"ws-chart__text"},chart.start));
picture.appendChild(svg("text",{x:chart.x1,y:chart.base+24,"text-anchor":"end",class:"ws-chart__text ws-chart__text--strong"},t("chart_deadline")+" "+chart.deadline));
chart.checks.forEach(function(check){
var mark=check.percent
?svg("rect",{x:check.x-5,y:check.top,width:10,height:chart.base-check.top,class:"ws-chart__marker"})
:svg("circle",{cx:check.x,cy:chart.base,r:5,class:"ws-chart__marker ws-chart__marker--open"});
mark.setAttribute("data-ws-check",check.number);
picture.appendChild(mark);
picture.appendChild(svg("text",{x:check.x,y:check.top-(check.percent?4:9),"text-anchor":"middle",class:"ws-chart__text ws-chart__label"},
t("chart_percent",{percent:check.percent})));
});
if(chart.today){
picture.appendChild(svg("line",{x1:chart.today.x,x2:chart.today.x,y1:24,y2:chart.base+8,class:"ws-chart__today"}));
var anchor=chart.today.x>chart.x1-60?"end":chart.today.x<chart.x0+60?"start":"middle";
picture.appendChild(svg("text",{x:chart.today.x,y:chart.base+24,"text-anchor":anchor,class:"ws-chart__text ws-chart__label"},t("chart_today")));
}
return picture;
});
var box=figure.querySelector(".ws-chart__scroll");
box.replaceChildren.apply(box,pictures);
figure.hidden=!pictures.length;
}
function mountChart(root,groupId,shown,figure){
var draw=DRAWERS[groupId];
if(!draw)return;
var box=figure.querySelector(".ws-chart__scroll");
box.tabIndex=0;
box.setAttribute("role","group");
box.setAttribute("aria-label",draw.title());
var latest=null;
var drawn=null;
function schedule(detail){
var scheduled=latest!==null;
latest=detail;
if(scheduled)return;
window.requestAnimationFrame(function(){
var now=latest;
latest=null;
var data=draw.whole?now.answers||{}:(now.answers||{})[groupId];
var key=JSON.stringify([data,!!now.blank]);
if(key!==drawn){
drawn=key;
draw.draw(figure,data,now.blank,root);
}
figure.removeAttribute("data-ws-chart-waiting");
if(root.hasAttribute("data-ws-chart-pending")){
root.removeAttribute("data-ws-chart-pending");
root.dispatchEvent(new CustomEvent("ws:chart-drawn",{bubbles:true}));
}
});
}
root.addEventListener("ws:answers",function(event){schedule(event.detail);});
schedule(shown||{answers:{},blank:root.hasAttribute("data-ws-blank")});
}
function drawCopy(container,worksheetId,answers,copyAnswers){
var groupId={lifeline:"events",network:"contacts",goals:"goals"}[worksheetId];
if(!groupId)return false;
if(groupId==="events"&&C.lifeline(answers.events,t).empty)return false;
if(groupId==="contacts"&&!C.network(answers,t).nodes.length&&!C.network(answers,t).target)return false;
var figure=document.createElement("figure");
figure.className="ws-chart ws-chart--"+groupId;
figure.setAttribute("data-ws-chart-id","ws-chart-shared-"+worksheetId);
var box=document.createElement("div");
box.className="ws-chart__scroll";
box.tabIndex=0;
box.setAttribute("role","group");
box.setAttribute("aria-label",DRAWERS[groupId].title());
var below=document.createElement("div");
below.className="ws-chart__unplaced";
below.hidden=true;
figure.appendChild(box);
figure.appendChild(below);
container.appendChild(figure);
if(groupId==="events")drawLifeline(figure,answers.events||[],false);
else if(groupId==="contacts")drawNetwork(figure,answers,false);
else drawGoals(figure,answers.goals||[],false,(copyAnswers&&copyAnswers.agreement)||{});
return!figure.hidden;
}
var DRAWERS={
events:{title:function(){return t("chart_lifeline_title");},draw:drawLifeline},
contacts:{title:function(){return t("chart_network_title");},draw:drawNetwork,whole:true},
goals:{
title:function(){return t("chart_goals_title");},
draw:function(figure,rows,blank,root){drawGoals(figure,rows,blank,blank?{}:stored(root,"agreement"));}
},
"goal-results":{
title:function(){return t("chart_goals_title");},
draw:function(figure,rows,blank,root){
var goals=blank?{goals:[],agreement:{}}:closingGoals(root);
drawGoals(figure,goals.goals,blank,goals.agreement);
}
}
};
window.wsChartDraw={mount:mountChart,drawCopy:drawCopy};
})();
