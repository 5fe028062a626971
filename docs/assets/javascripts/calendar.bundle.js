/* Built by scripts/bundle_js.js from ics.js, calendar.js (read those; edit those, then run `make js`). */
(function(root,factory){
"use strict";
var api=factory();
if(typeof module==="object"&&module.exports)module.exports=api;
else root.wsIcs=api;
})(typeof self!=="undefined"?self:this,function(){
"use strict";
var DATE=/^(\d{4})-(\d{2})-(\d{2})$/;
var TIME=/^(\d{2}):(\d{2})$/;
var HELSINKI=[
"BEGIN:VTIMEZONE","TZID:Europe/Helsinki",
"BEGIN:DAYLIGHT","TZOFFSETFROM:+0200","TZOFFSETTO:+0300","TZNAME:EEST","DTSTART:19700329T030000",
"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU","END:DAYLIGHT",
"BEGIN:STANDARD","TZOFFSETFROM:+0300","TZOFFSETTO:+0200","TZNAME:EET","DTSTART:19701025T040000",
"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU","END:STANDARD",
"END:VTIMEZONE"
];
var RHYTHMS={
"weekly":"FREQ=WEEKLY",
"every-two-weeks":"FREQ=WEEKLY;INTERVAL=2",
"every-three-weeks":"FREQ=WEEKLY;INTERVAL=3",
"monthly":"FREQ=MONTHLY"
};
var REMINDERS={none:null,day:"-P1D",week:"-P7D"};
function escapeText(text){
return String(text).replace(/\\/g,"\\\\").replace(/;/g,"\\;").replace(/,/g,"\\,").replace(/\r\n|\r|\n/g,"\\n");
}
function octets(code){
return code<0x80?1:code<0x800?2:code<0x10000?3:4;
}
function fold(line){
var out="";
var used=0;
for(var i=0;i<line.length;i++){
var code=line.codePointAt(i);
var ch=String.fromCodePoint(code);
if(code>0xffff)i++;
var size=octets(code);
if(used+size>75){
out+="\r\n ";
used=1;
}
out+=ch;
used+=size;
}
return out;
}
function basicDate(value){
var m=DATE.exec(String(value||""));
if(!m)return null;
var d=new Date(Date.UTC(+m[1],+m[2]-1,+m[3]));
if(d.getUTCFullYear()!==+m[1]||d.getUTCMonth()!==+m[2]-1||d.getUTCDate()!==+m[3])return null;
return m[1]+m[2]+m[3];
}
function nextDay(value){
var m=DATE.exec(value);
var d=new Date(Date.UTC(+m[1],+m[2]-1,+m[3]+1));
return d.toISOString().slice(0,10).replace(/-/g,"");
}
function utcStamp(date){
return date.toISOString().replace(/[-:]/g,"").replace(/\.\d{3}/,"");
}
function write(items,options){
options=options||{};
var stamp=utcStamp(options.stamp||new Date());
var trigger=REMINDERS[options.reminder===undefined?"day":options.reminder];
var timed=items.some(function(item){return basicDate(item.date)&&TIME.test(item.time||"");});
var lines=["BEGIN:VCALENDAR","VERSION:2.0","PRODID:-//Tyouramentorointi//Career mentoring toolkit//FI","CALSCALE:GREGORIAN","METHOD:PUBLISH"];
if(options.name)lines.push("X-WR-CALNAME:"+escapeText(options.name));
if(timed)lines=lines.concat(HELSINKI);
items.forEach(function(item){
var day=basicDate(item.date);
if(!day)return;
lines.push("BEGIN:VEVENT","UID:"+item.uid,"DTSTAMP:"+stamp);
var time=TIME.exec(item.time||"");
if(time){
var start=day+"T"+time[1]+time[2]+"00";
var end=new Date(Date.UTC(+day.slice(0,4),+day.slice(4,6)-1,+day.slice(6,8),+time[1],+time[2]+(item.minutes||60)));
lines.push("DTSTART;TZID=Europe/Helsinki:"+start,"DTEND;TZID=Europe/Helsinki:"+utcStamp(end).slice(0,15));
}else{
lines.push("DTSTART;VALUE=DATE:"+day,"DTEND;VALUE=DATE:"+nextDay(item.date));
}
if(item.rrule){
var until=basicDate(item.until);
lines.push("RRULE:"+item.rrule+(until?";UNTIL="+(time?until+"T235959Z":until):""));
}
lines.push("SUMMARY:"+escapeText(item.summary||""));
if(item.description)lines.push("DESCRIPTION:"+escapeText(item.description));
lines.push("TRANSP:TRANSPARENT");
if(trigger){
lines.push("BEGIN:VALARM","ACTION:DISPLAY","DESCRIPTION:"+escapeText(options.reminderText||item.summary||""),
"TRIGGER:"+trigger,"END:VALARM");
}
lines.push("END:VEVENT");
});
lines.push("END:VCALENDAR");
return lines.map(fold).join("\r\n")+"\r\n";
}
function agreedDates(answers,t,context){
context=context||{};
var ns=context.namespace||"tyouramentorointi";
var titles=context.titles||{};
var from=function(id){return t("calendar_from",{worksheet:titles[id]||id});};
var uid=function(part){return part+"@"+ns+".invalid";};
var text=function(value){return typeof value==="string"?value.trim():"";};
var items=[];
var agreement=answers.agreement||{};
var start=text(agreement["start-date"]);
var end=text(agreement["end-date"]);
var rhythm=text(agreement["meeting-rhythm"]);
if(basicDate(start)){
var rule=RHYTHMS[rhythm];
var place=text(agreement["meeting-place"]);
items.push({
uid:uid("agreement-meetings"),date:start,
rrule:rule&&basicDate(end)?rule:undefined,until:rule&&basicDate(end)?end:undefined,
summary:rule&&basicDate(end)?t("calendar_meeting_series",{rhythm:(context.rhythms||{})[rhythm]||rhythm}):t("calendar_meeting"),
description:[place,from("agreement")].filter(Boolean).join("\n")
});
}
if(basicDate(end))items.push({uid:uid("agreement-end-date"),date:end,summary:t("calendar_end"),description:from("agreement")});
["review-1","review-2"].forEach(function(id){
var date=text(agreement[id]);
if(basicDate(date))items.push({uid:uid("agreement-"+id),date:date,summary:t("calendar_review"),description:from("agreement")});
});
var seen={};
var meetings=(answers.meeting||{}).meetings;
(Array.isArray(meetings)?meetings:[]).forEach(function(row){
var date=text(row&&row["next-date"]);
if(!basicDate(date)||seen[date])return;
seen[date]=true;
var steps=text(row["next-steps"]);
items.push({uid:uid("meeting-next-"+date),date:date,summary:t("calendar_next_meeting"),description:[steps,from("meeting")].filter(Boolean).join("\n")});
});
var goals=(answers.goals||{}).goals;
(Array.isArray(goals)?goals:[]).forEach(function(row,index){
var date=text(row&&row.deadline);
if(!basicDate(date))return;
var goal=text(row.goal);
items.push({uid:uid("goals-"+(index+1)+"-deadline"),date:date,summary:t("calendar_deadline",{goal:goal||index+1}),description:[text(row.steps),from("goals")].filter(Boolean).join("\n")});
});
return items;
}
return{
RHYTHMS:RHYTHMS,
REMINDERS:REMINDERS,
escapeText:escapeText,
fold:fold,
basicDate:basicDate,
write:write,
agreedDates:agreedDates
};
});
(function(){
"use strict";
var ui=window.wsUi;
var t=ui.t;
function download(root,now,reminder,sources){
var worksheetId=root.getAttribute("data-ws-worksheet");
var current=now.answers||{};
var blank=now.blank;
var ns=root.getAttribute("data-ws-namespace")||"tyouramentorointi";
var store=window.wsWorksheets&&window.wsWorksheets.createStore(ns);
var manifest=ui.manifest||{};
var answers={};
var titles={};
sources.forEach(function(id){
var spec=manifest.worksheets&&manifest.worksheets[id];
titles[id]=(spec&&spec.title)||id;
answers[id]=id===worksheetId?current:(!blank&&store&&store.readable()?store.readWorksheet(id,manifest).answers:{});
});
var rhythms={
"weekly":t("calendar_rhythm_weekly"),"every-two-weeks":t("calendar_rhythm_every_two_weeks"),
"every-three-weeks":t("calendar_rhythm_every_three_weeks"),"monthly":t("calendar_rhythm_monthly")
};
var items=window.wsIcs.agreedDates(answers,t,{namespace:ns,titles:titles,rhythms:rhythms});
var regions={alert:root.querySelector("[data-ws-alert]"),status:root.querySelector("[data-ws-status]")};
if(!items.length){ui.say(regions,t("calendar_nothing"),true);return;}
var text=window.wsIcs.write(items,{reminder:reminder,name:document.title});
ui.download(text,ns+"-"+ui.today()+".ics","text/calendar");
ui.say(regions,t("calendar_done",{count:items.length}),false);
}
window.wsCalendar={download:download};
})();
