/* Built by scripts/bundle_js.js from lazy.js, pictures.js (read those; edit those, then run `make js`). */
(function(){
"use strict";
var HERE=document.currentScript?document.currentScript.src.replace(/[^/]*$/,""):"";
var scripts={};
function load(names,done){
var left=names.length;
var failed=false;
names.forEach(function(name){
if(!scripts[name]){
var entry=scripts[name]={state:"loading",waiting:[]};
var script=document.createElement("script");
script.src=HERE+name;
script.onload=script.onerror=function(event){
entry.state=event.type==="load"?"ready":"failed";
if(entry.state==="failed")delete scripts[name];
entry.waiting.splice(0).forEach(function(callback){callback(entry.state==="ready");});
};
document.head.appendChild(script);
}
var wait=function(ok){
failed=failed||!ok;
if(--left===0)done(!failed);
};
if(scripts[name].state==="ready")wait(true);else scripts[name].waiting.push(wait);
});
}
window.wsLazy={load:load};
})();
(function(){
"use strict";
var ui=window.wsUi;
var t=ui.t;
var CHARTS={lifeline:"events",network:"contacts",goals:"goals",closing:"goal-results"};
var CALENDAR_SOURCES=["agreement","meeting","goals"];
var NEAR="400px";
var SPACE={events:340,contacts:560};
var GOAL_HEIGHT=110;
var charts=[];
var chartsLoaded=false;
var whenDrawn=[];
function chartScripts(){
return["charts.bundle.js","ui-charts."+(document.documentElement.lang||"fi")+".js"];
}
function placeChart(root,groupId){
var group=root.querySelector('[data-ws-group="'+groupId+'"]');
var figure=document.createElement("figure");
figure.className="ws-chart ws-chart--"+groupId;
figure.setAttribute("data-ws-chart-id","ws-chart-"+root.getAttribute("data-ws-worksheet")+"-"+groupId);
figure.setAttribute("data-ws-chart-waiting","");
var box=document.createElement("div");
box.className="ws-chart__scroll";
var below=document.createElement("div");
below.className="ws-chart__unplaced";
below.hidden=true;
figure.appendChild(box);
figure.appendChild(below);
group.parentNode.insertBefore(figure,groupId==="goal-results"?group:group.nextSibling);
return{root:root,group:groupId,figure:figure,shown:null,mounted:false};
}
function reserveSpace(chart){
var shown=chart.shown||{answers:{},blank:chart.root.hasAttribute("data-ws-blank")};
var height=SPACE[chart.group];
var pictures=1;
if(!height){
var store=chart.group==="goal-results"&&!shown.blank?window.wsStorage.open(chart.root.getAttribute("data-ws-namespace")||"tyouramentorointi"):null;
var rows=shown.blank?[]:store?(store.readable()?store.readWorksheet("goals",ui.manifest||{}).answers.goals:[]):(shown.answers||{}).goals;
pictures=(Array.isArray(rows)?rows:[]).filter(function(row){return row&&/^\d{4}-\d{2}-\d{2}$/.test(row.deadline);}).length;
height=pictures*GOAL_HEIGHT;
}
chart.figure.style.setProperty("--ws-chart-height",height+"px");
chart.figure.style.setProperty("--ws-chart-gaps",String(Math.max(pictures-1,0)));
chart.figure.hidden=!pictures;
if(chart.group==="contacts"){
var legend=chart.figure.querySelector(".ws-chart__unplaced");
legend.textContent=t("chart_network_legend");
legend.hidden=false;
}
}
function loadCharts(){
if(chartsLoaded||!charts.length)return;
chartsLoaded=true;
window.wsLazy.load(chartScripts(),function(ok){
if(!ok){
chartsLoaded=false;
return;
}
charts.forEach(function(chart){
chart.mounted=true;
window.wsChartDraw.mount(chart.root,chart.group,chart.shown,chart.figure);
});
});
}
function ready(done){
if(chartsDrawn()){done();return;}
whenDrawn.push(done);
loadCharts();
}
document.addEventListener("ws:chart-drawn",function(){
if(chartsDrawn())whenDrawn.splice(0).forEach(function(done){done();});
});
function mountCalendar(root,shown){
var worksheetId=root.getAttribute("data-ws-worksheet");
var buttons=root.querySelector(".ws-toolbar__buttons");
if(CALENDAR_SOURCES.indexOf(worksheetId)===-1||!buttons)return;
var button=document.createElement("button");
button.type="button";
button.className="md-button";
button.setAttribute("data-ws-action","calendar");
button.textContent=t("calendar_add");
buttons.appendChild(button);
var option=document.createElement("div");
option.className="ws-toolbar__option";
var select=document.createElement("select");
select.id="ws-calendar-reminder-"+worksheetId;
select.setAttribute("data-ws-calendar-reminder","");
[["day",t("calendar_reminder_day")],["week",t("calendar_reminder_week")],["none",t("calendar_reminder_none")]].forEach(function(pair){
var choice=document.createElement("option");
choice.value=pair[0];
choice.textContent=pair[1];
select.appendChild(choice);
});
var label=document.createElement("label");
label.htmlFor=select.id;
label.textContent=t("calendar_reminder")+" ";
option.appendChild(label);
option.appendChild(select);
buttons.parentNode.insertBefore(option,buttons.nextSibling);
button.addEventListener("click",function(){
window.wsLazy.load(["calendar.bundle.js"],function(ok){
if(ok)window.wsCalendar.download(root,shown(),select.value,CALENDAR_SOURCES);
else ui.say({alert:root.querySelector("[data-ws-alert]"),status:root.querySelector("[data-ws-status]")},t("calendar_unavailable"),true);
});
});
}
document.querySelectorAll("[data-ws-worksheet]").forEach(function(root){
var groupId=CHARTS[root.getAttribute("data-ws-worksheet")];
var chart=groupId&&root.querySelector('[data-ws-group="'+groupId+'"]')?placeChart(root,groupId):null;
var shown=window.wsWorksheets?window.wsWorksheets.shown(root):null;
if(chart)chart.shown=shown;
root.addEventListener("ws:answers",function(event){
shown=event.detail;
if(chart&&!chart.mounted){
chart.shown=shown;
reserveSpace(chart);
}
});
if(chart){
charts.push(chart);
root.setAttribute("data-ws-chart-pending","");
reserveSpace(chart);
root.addEventListener("input",loadCharts);
root.addEventListener("change",loadCharts);
}
mountCalendar(root,function(){return shown||{answers:{},blank:root.hasAttribute("data-ws-blank")};});
});
if(charts.length){
if(typeof IntersectionObserver==="function"){
var watcher=new IntersectionObserver(function(entries){
if(entries.some(function(entry){return entry.isIntersecting;})){
watcher.disconnect();
loadCharts();
}
},{rootMargin:NEAR+" 0px"});
charts.forEach(function(chart){watcher.observe(chart.figure);});
}else loadCharts();
window.addEventListener("beforeprint",loadCharts);
document.addEventListener("keydown",function(event){
if((event.ctrlKey||event.metaKey)&&!event.altKey&&(event.key==="p"||event.key==="P")&&!chartsDrawn()){
event.preventDefault();
ready(function(){window.print();});
}
});
}
function chartsDrawn(){
return!charts.some(function(chart){return chart.root.hasAttribute("data-ws-chart-pending");});
}
window.wsPictures={ready:ready};
})();
