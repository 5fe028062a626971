"""Pictures drawn from the answers and the calendar file, in real Chromium: the lifeline chart, "Add to calendar"."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader

from conftest import RequestLog
from test_accessibility import axe_violations
from test_answers_share import offline_root  # noqa: F401 - the file-share copy fixture
from worksheet_driver import wait_for_save

pytestmark = pytest.mark.browser

LIFELINE = [
    ("2019", "Moved to Finland with my family", "2"),
    ("2009", "Graduated as a civil engineer", "5"),
    ("2012–2016", "First job, building bridges", "4"),
    ("", "Childhood by the sea", "3"),
]


def open_sheet(page, server: str, worksheet: str, lang: str = "fi", look: bool = True) -> None:
    """Open a worksheet; `look`: scroll to its chart's place, where its code loads (it waits until then)."""
    page.goto(server + ("en/" if lang == "en" else "") + f"worksheets/{worksheet}/")
    page.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    if look and page.locator(".ws-chart").count():
        page.locator(".ws-chart").first.scroll_into_view_if_needed()


def fill_rows(page, group: str, rows: list[dict[str, str]]) -> None:
    """Fill a repeatable group row by row, adding rows as needed, the way a person does."""
    box = page.locator(f"[data-ws-group='{group}']")
    for index, values in enumerate(rows):
        if box.locator("[data-ws-row]").count() <= index:
            box.locator("[data-ws-add]").click()
        row = box.locator("[data-ws-row]").nth(index)
        for field_id, value in values.items():
            field = row.locator(f"[data-ws-field='{field_id}']")
            if field.get_attribute("data-ws-type") in ("choice", "scale"):
                if value:
                    field.locator(f"input[value='{value}']").check()
            else:
                field.locator(".ws-field__input").fill(value)


def fill_lifeline(page) -> None:
    fill_rows(page, "events", [{"year": y, "what-happened": w, "high-low": r} for y, w, r in LIFELINE])


def measured(page, script: str) -> list[dict]:
    """Poll a measuring script until it returns a list (it returns null while the picture is not laid out yet)."""
    return page.wait_for_function(script).json_value()


def chart_points(page) -> list[dict]:
    return measured(page, """() => {
        const groups = Array.from(document.querySelectorAll('svg[data-ws-chart=lifeline] [data-ws-point]'));
        if (groups.length !== 3) return null;
        const points = groups.map(g => {
            const m = g.querySelector('.ws-chart__marker');
            const box = m.getBoundingClientRect();
            const frame = g.ownerSVGElement.getBoundingClientRect();
            return {label: g.querySelector('text').textContent, row: +g.dataset.wsRow, w: box.width,
                    x: box.x + box.width / 2 - frame.x, y: box.y + box.height / 2 - frame.y, shape: m.tagName};
        });
        return points.every(p => p.w > 0) ? points : null;
    }""")


def description(page) -> str:
    return page.eval_on_selector("svg[data-ws-chart=lifeline]", "svg => document.getElementById(svg.getAttribute('aria-labelledby').split(' ')[1]).textContent")


def test_lifeline_chart_follows_the_answers_in_both_languages(page, server: str, requests_seen: RequestLog) -> None:
    """Check that the lifeline shows one point per dated, rated event, in year order, with the description."""
    open_sheet(page, server, "lifeline")
    chart = page.locator("svg[data-ws-chart=lifeline]")
    assert chart.get_attribute("role") == "img"
    assert "Kuvassa ei vielä ole tapahtumia" in description(page)
    fill_lifeline(page)
    points = chart_points(page)
    assert [p["label"] for p in points] == ["Graduated as a…", "First job…", "Moved to Finland…"]
    assert [p["row"] for p in points] == [1, 2, 0]
    xs = [p["x"] for p in points]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert points[0]["y"] < points[1]["y"] < points[2]["y"], "5 above 4 above 2"
    assert [p["shape"] for p in points] == ["path", "path", "path"]
    assert page.locator("svg[data-ws-chart=lifeline] .ws-chart__span").count() == 1, "the period spans its years"
    assert description(page) == (
        "3 tapahtumaa vuosilta 2009–2019. Paras kohta 2009: Graduated as a civil engineer (5/5). "
        "Vaikein kohta 2019: Moved to Finland with my family (2/5). "
        "Tapahtumia ilman vuotta tai arviota: 1. Ne on lueteltu kuvan alla."
    )
    assert "Childhood by the sea" in page.locator(".ws-chart__unplaced").inner_text()
    # Changing and removing rows redraws the picture.
    page.locator("[data-ws-group=events] [data-ws-row]").nth(0).locator("[data-ws-field=year] input").fill("2021")
    page.wait_for_function("() => /2009–2021/.test(document.querySelector('svg[data-ws-chart=lifeline] desc')?.textContent)")
    page.locator("[data-ws-group=events] [data-ws-row]").nth(3).locator("[data-ws-remove]").click()
    page.wait_for_function("() => !/ilman vuotta/.test(document.querySelector('svg[data-ws-chart=lifeline] desc')?.textContent)")
    wait_for_save(page)
    open_sheet(page, server, "lifeline", "en")
    assert len(chart_points(page)) == 3
    assert description(page) == (
        "3 events from 2009 to 2021. Highest 2009: Graduated as a civil engineer (5/5). "
        "Lowest 2021: Moved to Finland with my family (2/5)."
    )
    assert page.locator("svg[data-ws-chart=lifeline] title").text_content() == "My lifeline as a picture"
    assert requests_seen.foreign() == []
    assert requests_seen.console_errors == []


def test_lifeline_chart_follows_another_tab(page, context, server: str) -> None:
    """Check that answers typed in another tab appear in this tab's picture."""
    open_sheet(page, server, "lifeline")
    other = context.new_page()
    open_sheet(other, server, "lifeline", "en")
    fill_lifeline(other)
    wait_for_save(other)
    assert len(chart_points(page)) == 3


def test_lifeline_chart_is_accessible_readable_on_a_phone_and_printed(page, server: str) -> None:
    """Check axe with the chart drawn, 13 px text on a phone, and the chart's text in the printed PDF."""
    open_sheet(page, server, "lifeline")
    fill_lifeline(page)
    chart_points(page)
    wait_for_save(page)
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 360, "height": 740})
    sizes = page.eval_on_selector_all(
        "svg[data-ws-chart=lifeline] text", "els => els.map(t => t.getBoundingClientRect().height)")
    assert sizes and min(sizes) >= 12
    page.emulate_media(color_scheme="dark")
    assert axe_violations(page) == []
    page.emulate_media(media="print", color_scheme="light")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    flat = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for text in ("Graduated as a…", "Moved to Finland…", "Hyvä vaihe", "2010"):
        assert text in flat, text


def test_lifeline_layout_matches_the_expected_picture(page, server: str) -> None:
    """Check the drawn layout against the expected one, within a few pixels: corners, points and the middle line."""
    page.set_viewport_size({"width": 1280, "height": 900})
    open_sheet(page, server, "lifeline")
    fill_lifeline(page)
    # The picture is redrawn (replaced) as answers change; measure it once the last change is saved and drawn.
    wait_for_save(page)
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    points = chart_points(page)
    # 640 x 340 picture, plot from (120, 48) to (616, 296): 2009 at the left edge, 2019 at the right, 5 at the top.
    # A triangle's box centre is 1.5 px off its point.
    expected = [(120, 48), (120 + 496 * 5 / 10, 48 + 248 / 4), (616, 48 + 248 * 3 / 4)]
    for point, (x, y) in zip(points, expected):
        assert abs(point["x"] - x) <= 3 and abs(point["y"] - y) <= 3, (point, x, y)
    shot = page.locator("svg[data-ws-chart=lifeline]").screenshot()
    assert len(shot) > 2000
    box = page.locator("svg[data-ws-chart=lifeline]").bounding_box()
    assert round(box["width"]) == 640 and round(box["height"]) == 340


def test_blank_workbook_prints_an_empty_lifeline_grid(page, server: str) -> None:
    """Check that the blank workbook has the lifeline's empty grid (axes, levels, no points), saved answers or not."""
    open_sheet(page, server, "lifeline")
    fill_lifeline(page)
    wait_for_save(page)
    page.goto(server + "worksheets/workbook/")
    page.locator("input[value=blank]").check()
    page.wait_for_selector("[data-ws-worksheet=lifeline][data-ws-blank]", state="attached")
    page.locator("[data-ws-worksheet=lifeline] .ws-chart").scroll_into_view_if_needed()
    page.wait_for_function("() => /Tyhjä ruudukko/.test(document.querySelector('svg[data-ws-chart=lifeline] desc')?.textContent)")
    assert page.locator("svg[data-ws-chart=lifeline] [data-ws-point]").count() == 0
    assert page.locator("svg[data-ws-chart=lifeline] .ws-chart__grid line").count() >= 16
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    flat = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Hyvä vaihe" in flat and "Vaikea vaihe" in flat
    assert "Graduated" not in flat


CONTACTS = [
    {"name": "Anna Virtanen", "type": "person", "circle": "close", "next-contact": "2026-03-01"},
    {"name": "Engineers' union", "type": "organisation", "circle": "new", "next-contact": "2026-02-10"},
    {"name": "Finnish class", "type": "community", "circle": "acquaintance", "next-contact": ""},
]


def network_nodes(page) -> list[dict]:
    return measured(page, """() => {
        const nodes = Array.from(document.querySelectorAll('svg[data-ws-chart=network] [data-ws-node]'));
        if (nodes.length !== 3) return null;
        const found = nodes.map(n => {
            const svg = n.ownerSVGElement.getBoundingClientRect();
            const mark = n.previousElementSibling.getBoundingClientRect();
            return {name: n.textContent, row: +n.dataset.wsRow, type: n.previousElementSibling.dataset.wsType, w: mark.width,
                    dx: mark.x + mark.width / 2 - svg.x - 280, dy: mark.y + mark.height / 2 - svg.y - 280};
        });
        return found.every(n => n.w > 0) ? found : null;
    }""")


def test_network_map_puts_contacts_on_their_rings_in_both_languages(page, server: str, requests_seen: RequestLog) -> None:
    """Check that each named contact is a node on its ring with its type's mark, and the description."""
    open_sheet(page, server, "network")
    page.locator("[data-ws-field=target-job] input").fill("Bridge engineer")
    fill_rows(page, "contacts", CONTACTS)
    # Read the picture drawn from the final answers, not one drawn while the rows were still being filled.
    wait_for_save(page)
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    nodes = network_nodes(page)
    assert [n["name"] for n in nodes] == ["Anna Virtanen", "Finnish class", "Engineers' union"]
    assert [n["type"] for n in nodes] == ["person", "community", "organisation"]
    radii = [round((n["dx"] ** 2 + n["dy"] ** 2) ** 0.5) for n in nodes]
    assert [abs(r - e) <= 4 for r, e in zip(radii, (90, 165, 240))] == [True, True, True], radii
    desc = page.eval_on_selector("svg[data-ws-chart=network] desc", "d => d.textContent")
    assert desc == ("Keskellä tavoitetyö: Bridge engineer. Kehillä 3 kontaktia: läheisiä 1, tuttuja 1, uusia kontakteja 1. "
                    "Seuraava yhteydenotto 10.2.2026: Engineers' union.")
    assert "→ 1.3.2026" in page.locator("svg[data-ws-chart=network]").text_content()
    assert axe_violations(page) == []
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    flat = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for text in ("Anna Virtanen", "Läheiset", "Uudet kontaktit"):
        assert text in flat, text
    page.emulate_media(media="screen")
    wait_for_save(page)
    open_sheet(page, server, "network", "en")
    assert [n["name"] for n in network_nodes(page)] == ["Anna Virtanen", "Finnish class", "Engineers' union"]
    assert page.eval_on_selector("svg[data-ws-chart=network] desc", "d => d.textContent") == (
        "Target job in the centre: Bridge engineer. 3 contacts on the rings: 1 close, 1 acquaintances, 1 new contacts. "
        "Next contact 10/02/2026: Engineers' union.")
    assert requests_seen.foreign() == []
    assert requests_seen.console_errors == []


def test_blank_workbook_has_empty_network_rings(page, server: str) -> None:
    """Check that the blank workbook draws the three empty rings and no contact."""
    open_sheet(page, server, "network")
    fill_rows(page, "contacts", CONTACTS)
    wait_for_save(page)
    page.goto(server + "worksheets/workbook/")
    page.locator("input[value=blank]").check()
    page.locator("[data-ws-worksheet=network] .ws-chart").scroll_into_view_if_needed()
    page.wait_for_function("() => /Tyhjät kehät/.test(document.querySelector('svg[data-ws-chart=network] desc')?.textContent)")
    assert page.locator("svg[data-ws-chart=network] [data-ws-node]").count() == 0
    assert page.locator("svg[data-ws-chart=network] .ws-chart__ring").count() == 3


def test_goal_timelines_show_today_and_progress_in_both_languages(page, server: str, requests_seen: RequestLog) -> None:
    """Check one timeline per goal with a deadline, from the agreement's start, with today and the dated progress
    checks (a check without its own date at the agreement's review), in both languages, on the goals page and the
    closing evaluation."""
    today = date.today()
    start, review, check, first, second = (today + timedelta(days=d) for d in (-30, -10, -20, 60, 90))
    fi_date = lambda day: f"{day.day}.{day.month}.{day.year}"  # noqa: E731 - as Finnish writes dates
    en_date = lambda day: day.strftime("%d/%m/%Y")  # noqa: E731 - day first, as readers in Finland expect
    open_sheet(page, server, "agreement")
    page.locator("[data-ws-field=start-date] input").fill(start.isoformat())
    page.locator("[data-ws-field=review-1] input").fill(review.isoformat())
    wait_for_save(page)
    open_sheet(page, server, "goals")
    fill_rows(page, "goals", [
        {"goal": "Get an interview", "deadline": first.isoformat(), "check-1-progress": "halfway",
         "check-2-date": check.isoformat(), "check-2-progress": "started", "check-2-note": "CV ready, LinkedIn next"},
        {"goal": "Without a deadline", "deadline": ""},
        {"goal": "Finnish B1", "deadline": second.isoformat()},
    ])
    page.wait_for_function("() => document.querySelectorAll('svg[data-ws-chart=goal]').length === 2")
    wait_for_save(page)
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    descs = page.eval_on_selector_all("svg[data-ws-chart=goal] desc", "ds => ds.map(d => d.textContent)")
    assert descs == [
        f"Get an interview: alkaen {fi_date(start)}, määräaika {fi_date(first)}. Aikaa on jäljellä 60 päivää. "
        f"Tarkistus 1 ({fi_date(review)}): 50 %. Tarkistus 2 ({fi_date(check)}): 25 %, CV ready, LinkedIn next.",
        f"Finnish B1: alkaen {fi_date(start)}, määräaika {fi_date(second)}. Aikaa on jäljellä 90 päivää.",
    ]
    first_chart = page.locator("svg[data-ws-chart=goal]").first
    today_x = float(first_chart.locator(".ws-chart__today").get_attribute("x1"))
    review_x = float(first_chart.locator("[data-ws-check='1']").get_attribute("x")) + 5
    check_x = float(first_chart.locator("[data-ws-check='2']").get_attribute("x")) + 5
    assert check_x < review_x < today_x, "the checks were before today, check 2 before the review"
    assert abs(today_x - (24 + 512 * 30 / 90)) <= 1
    heights = [float(first_chart.locator(f"[data-ws-check='{n}']").get_attribute("height")) for n in (1, 2)]
    assert heights == [20, 10], "50 % and 25 % of the 40 px bar"
    assert "50 %" in first_chart.text_content() and "25 %" in first_chart.text_content()
    assert axe_violations(page) == []
    open_sheet(page, server, "goals", "en")
    page.wait_for_function("() => document.querySelectorAll('svg[data-ws-chart=goal]').length === 2")
    assert page.eval_on_selector("svg[data-ws-chart=goal] desc", "d => d.textContent") == (
        f"Get an interview: from {en_date(start)} to the deadline {en_date(first)}. 60 days left. "
        f"Check 1 ({en_date(review)}): 50%. Check 2 ({en_date(check)}): 25%, CV ready, LinkedIn next.")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    flat = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "1. Get an interview" in flat and f"Deadline {en_date(second)}" in flat and "50%" in flat
    # The closing evaluation shows the same timelines above its goal-by-goal evaluation.
    page.emulate_media(media="screen")
    open_sheet(page, server, "closing")
    page.wait_for_function("() => document.querySelectorAll('svg[data-ws-chart=goal]').length === 2")
    assert page.eval_on_selector_all("svg[data-ws-chart=goal] desc", "ds => ds.map(d => d.textContent)") == descs
    assert page.evaluate("""() => !!(document.querySelector('svg[data-ws-chart=goal]').compareDocumentPosition(
        document.querySelector('[data-ws-group=goal-results]')) & Node.DOCUMENT_POSITION_FOLLOWING)""")
    assert requests_seen.console_errors == []


# ---------------------------------------------------------------------------------------------------------------
# Calendar


def download_calendar(page) -> icalendar.Calendar:
    with page.expect_download() as info:
        page.locator("[data-ws-action=calendar]").click()
    download = info.value
    assert download.suggested_filename.endswith(".ics")
    return icalendar.Calendar.from_ical(Path(download.path()).read_bytes())


def events_of(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_calendar_file_has_every_agreed_date_and_parses(page, server: str) -> None:
    """Check the .ics from the agreement: meetings with a bounded rule, end, reviews, next meetings, deadlines."""
    open_sheet(page, server, "goals")
    fill_rows(page, "goals", [
        {"goal": "Get an interview, in my field; soon", "deadline": "2026-04-30"},
        {"goal": "Finnish B1", "deadline": "2026-06-01"},
    ])
    wait_for_save(page)
    open_sheet(page, server, "meeting")
    fill_rows(page, "meetings", [{"date": "2026-01-12", "next-date": "2026-01-26", "next-steps": "CV, LinkedIn;\nask Anna"}])
    wait_for_save(page)
    open_sheet(page, server, "agreement")
    page.locator("[data-ws-field=start-date] input").fill("2026-01-12")
    page.locator("[data-ws-field=end-date] input").fill("2026-06-15")
    page.locator("[data-ws-field=meeting-rhythm] input[value=every-two-weeks]").check()
    page.locator("[data-ws-field=review-1] input").fill("2026-03-16")
    page.locator("[data-ws-field=meeting-place] input").fill("Library, room 2; 2nd floor")
    page.locator("[data-ws-calendar-reminder]").select_option("week")
    first = download_calendar(page)
    assert page.locator("[data-ws-status]").inner_text().startswith("Kalenteritiedostossa on 6 päivämäärää")
    events = events_of(first)
    assert len(events) == 6
    dates = sorted((e.decoded("DTSTART"), str(e["SUMMARY"])) for e in events.values())
    assert [d for d, _ in dates] == [date(2026, 1, 12), date(2026, 1, 26), date(2026, 3, 16), date(2026, 4, 30),
                                     date(2026, 6, 1), date(2026, 6, 15)]
    meetings = next(e for e in events.values() if "RRULE" in e)
    assert meetings.decoded("DTSTART") == date(2026, 1, 12)
    rule = meetings["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["INTERVAL"] == [2] and rule["UNTIL"] == [date(2026, 6, 15)]
    assert str(meetings["SUMMARY"]) == "Mentorointitapaaminen (kahden viikon välein)"
    assert str(meetings["DESCRIPTION"]).startswith("Library, room 2; 2nd floor\n")
    deadline = next(e for e in events.values() if e.decoded("DTSTART") == date(2026, 4, 30))
    assert str(deadline["SUMMARY"]) == "Tavoitteen määräaika: Get an interview, in my field; soon"
    next_meeting = next(e for e in events.values() if e.decoded("DTSTART") == date(2026, 1, 26))
    assert str(next_meeting["DESCRIPTION"]).startswith("CV, LinkedIn;\nask Anna\n")
    for event in events.values():
        assert "DTSTAMP" in event
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and str(alarms[0]["TRIGGER"].to_ical(), "ascii") == "-P7D"
    # A second download has the same UIDs, so a calendar updates the events instead of copying them.
    second = download_calendar(page)
    assert sorted(events_of(second)) == sorted(events)
    page.locator("[data-ws-calendar-reminder]").select_option("none")
    assert all(not e.walk("VALARM") for e in events_of(download_calendar(page)).values())


def test_calendar_in_english_and_with_nothing_to_add(page, server: str) -> None:
    """Check that the English page writes English summaries, and says so when there are no dates yet."""
    open_sheet(page, server, "goals", "en")
    page.locator("[data-ws-action=calendar]").click()
    # The calendar code loads on the first click.
    page.wait_for_function("() => document.querySelector('[data-ws-alert]').textContent !== ''")
    assert "There are no dates to add yet" in page.locator("[data-ws-alert]").inner_text()
    fill_rows(page, "goals", [{"goal": "Finnish B1", "deadline": "2026-06-01"}])
    events = list(events_of(download_calendar(page)).values())
    assert [str(e["SUMMARY"]) for e in events] == ["Goal deadline: Finnish B1"]


# ---------------------------------------------------------------------------------------------------------------
# Where the pictures' answers come from and where they are shown: on demand, a file, a shared copy, file://, iframe


def test_chart_code_waits_until_the_chart_is_near_and_its_place_keeps_still(page, server: str) -> None:
    """Check that a chart page loads no chart code at first, keeps the picture's place at its size, and draws it
    there without moving anything when the place comes near."""
    today = date.today()
    open_sheet(page, server, "goals")
    fill_rows(page, "goals", [{"goal": "A", "deadline": (today + timedelta(days=9)).isoformat()},
                              {"goal": "B", "deadline": (today + timedelta(days=19)).isoformat()}])
    wait_for_save(page)
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    page.add_init_script("""window.__shifts = [];
        new PerformanceObserver(list => list.getEntries().forEach(e => window.__shifts.push(e.value)))
            .observe({type: 'layout-shift', buffered: true});""")
    open_sheet(page, server, "goals", look=False)
    page.wait_for_load_state("networkidle")
    assert not any("charts.bundle" in url or "ui-charts" in url for url in seen), "no chart code at first load"
    before = page.locator(".ws-chart__scroll").bounding_box()
    assert before["height"] >= 110, before
    # Shifts from here on are the picture's: what the page's own loading moved before (fonts, the toolbar shown by
    # the script) depends on the machine's speed and is not what this test is about.
    page.evaluate("window.__shifts = []")
    page.locator(".ws-chart").scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelectorAll('svg[data-ws-chart=goal]').length === 2")
    after = page.locator(".ws-chart__scroll").bounding_box()
    assert abs(after["height"] - before["height"]) <= 1, (before, after)
    page.evaluate("() => new Promise(requestAnimationFrame)")  # a shift caused by the drawing is reported by now
    assert page.evaluate("window.__shifts.reduce((a, b) => a + b, 0)") < 0.005
    assert any("ui-charts.fi.js" in url for url in seen)


def test_old_review_answers_arrive_by_import_as_dated_checks(page, server: str, tmp_path: Path) -> None:
    """Check that a file with the earlier 1–5 review answers imports into checks 1 and 2 at the agreement's review
    dates, shown in the fields and the picture in both languages."""
    from answers_helpers import ANSWERS_FORMAT, choose_file, confirm_import, open_overview, write_file

    deadline = (date.today() + timedelta(days=40)).isoformat()
    data = {"format": ANSWERS_FORMAT, "version": 1, "exported": "2026-01-01T00:00:00Z", "worksheets": {
        "agreement": {"start-date": "2026-01-05", "review-1": "2026-02-02", "review-2": "2026-03-02"},
        "goals": {"goals": [{"goal": "Old goal", "deadline": deadline, "progress-review-1": "3", "progress-review-2": "5"}]},
    }}
    open_overview(page, server)
    choose_file(page, write_file(tmp_path, "old.json", data))
    confirm_import(page)
    open_sheet(page, server, "goals")
    row = page.locator("[data-ws-group=goals] [data-ws-row]").first
    assert row.locator("[data-ws-field=check-1-progress] input[value=halfway]").is_checked()
    assert row.locator("[data-ws-field=check-2-progress] input[value=done]").is_checked()
    page.wait_for_selector("svg[data-ws-chart=goal]")
    desc = page.eval_on_selector("svg[data-ws-chart=goal] desc", "d => d.textContent")
    assert "Tarkistus 1 (2.2.2026): 50 %. Tarkistus 2 (2.3.2026): 100 %." in desc
    open_sheet(page, server, "goals", "en")
    page.wait_for_selector("svg[data-ws-chart=goal]")
    assert "Check 1 (02/02/2026): 50%. Check 2 (02/03/2026): 100%." in page.eval_on_selector("svg[data-ws-chart=goal] desc", "d => d.textContent")


def test_pictures_of_a_shared_copy_and_in_the_closing_evaluation(browser, server: str) -> None:
    """Check that a shared copy's lifeline and goals are drawn on "Shared with me" in the reader's language, and that
    the reader's closing evaluation draws the kept copy's goal timelines when they have none of their own."""
    from test_answers_share import device, make_link, open_share_dialog

    deadline = (date.today() + timedelta(days=30)).isoformat()
    ctx_a, a, log_a = device(browser, server, "fi-FI")
    ctx_b, b, log_b = device(browser, server, "en-GB")
    open_sheet(a, server, "lifeline")
    fill_lifeline(a)
    wait_for_save(a)
    open_sheet(a, server, "goals")
    fill_rows(a, "goals", [{"goal": "Työpaikka omalta alalta", "deadline": deadline, "check-1-date": date.today().isoformat(),
                            "check-1-progress": "started"}])
    wait_for_save(a)
    a.goto(server + "worksheets/my-answers/")
    a.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    open_share_dialog(a, "Maija", "")
    link = make_link(a)
    b.goto(link.replace(server, server + "en/"))
    view = b.locator("[data-ws-shared-view]")
    view.locator("svg[data-ws-chart=goal]").wait_for()
    view.locator("svg[data-ws-chart=lifeline]").wait_for()
    assert view.locator("svg[data-ws-chart=lifeline] [data-ws-point]").count() == 3
    assert b.eval_on_selector("[data-ws-shared-view] svg[data-ws-chart=lifeline] desc", "d => d.textContent").startswith("3 events from 2009 to 2019.")
    goal_desc = b.eval_on_selector("[data-ws-shared-view] svg[data-ws-chart=goal] desc", "d => d.textContent")
    assert goal_desc.startswith("Työpaikka omalta alalta: from ") and f"Check 1 ({date.today():%d/%m/%Y}): 25%." in goal_desc
    b.locator("[data-ws-action=shared-keep]").click()
    b.wait_for_selector("[data-ws-shared-kept] li")
    open_sheet(b, server, "closing")
    b.wait_for_selector("svg[data-ws-chart=goal]")
    assert f"Tarkistus 1 ({date.today().day}.{date.today().month}.{date.today().year}): 25 %." in b.eval_on_selector("svg[data-ws-chart=goal] desc", "d => d.textContent")
    for log in (log_a, log_b):
        assert log.foreign() == [] and log.console_errors == []
    ctx_a.close()
    ctx_b.close()


def test_pictures_from_a_file_share(browser, offline_root: str) -> None:
    """Check from file:// (`make offline`): the chart code and its strings load from disk and draw, in both languages."""
    from test_answers_share import device

    ctx, tab, log = device(browser, "file://", "fi-FI")
    tab.goto(offline_root + "worksheets/lifeline.html")
    tab.wait_for_selector("[data-ws-toolbar]:not([hidden])")
    fill_lifeline(tab)
    assert len(chart_points(tab)) == 3
    assert {url.split(":", 1)[0] for url in log.urls} <= {"file", "blob", "data"}
    assert log.console_errors == []
    ctx.close()


def test_pictures_inside_the_embed_iframe(page, server: str, tmp_path: Path, requests_seen: RequestLog) -> None:
    """Check the lifeline drawn inside the ?embed=1 iframe of an intranet page as answers are typed, in English."""
    from conftest import ROOT, serve

    host = (ROOT / "examples" / "embed-host.html").read_text(encoding="utf-8")
    (tmp_path / "host.html").write_text(host.replace("https://intranet.example/hr/mentoring/", server + "en/worksheets/lifeline/"))
    with serve(tmp_path) as intranet:
        page.goto(intranet + "host.html")
        frame = page.frame_locator("#mentoring-toolkit")
        box = frame.locator("[data-ws-group=events]")
        for index, (year, what, rating) in enumerate(LIFELINE[:3]):
            if box.locator("[data-ws-row]").count() <= index:
                box.locator("[data-ws-add]").click()
            row = box.locator("[data-ws-row]").nth(index)
            row.locator("[data-ws-field=year] input").fill(year)
            row.locator("[data-ws-field=what-happened] textarea").fill(what)
            row.locator(f"[data-ws-field=high-low] input[value='{rating}']").check()
        frame.locator("svg[data-ws-chart=lifeline] [data-ws-point]").nth(2).wait_for()
        assert frame.locator("svg[data-ws-chart=lifeline] [data-ws-point]").count() == 3
        assert frame.locator("svg[data-ws-chart=lifeline] title").text_content() == "My lifeline as a picture"
    assert [url for url in requests_seen.foreign() if not url.startswith(intranet)] == []
