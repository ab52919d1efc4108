"""iCalendar (.ics) for one event and a feed of the agenda, built with `icalendar`.

Times are written in Europe/Amsterdam with a TZID and a VTIMEZONE component, so
calendar apps show the Dutch time whatever zone the reader is in. The online link
appears only in the file attached to a registered person's mail, never in the
public download or feed.
"""

import datetime
from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from icalendar import Calendar, Event

from cop.permissions import viewable_pages

from .emails import absolute_url

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PRODID = "-//Met Andere Ogen//Agenda//NL"
UID_DOMAIN = "metandereogen.nl"
FEED_PAST_DAYS = 90


def _new_calendar(name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    return calendar


def event_component(event, include_online_link=False):
    component = Event()
    component.add("uid", f"event-{event.pk}@{UID_DOMAIN}")
    component.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    component.add("dtstart", timezone.localtime(event.start, AMSTERDAM))
    component.add("dtend", timezone.localtime(event.end, AMSTERDAM))
    component.add("summary", event.title)
    url = absolute_url(event.url)
    component.add("url", url)
    description = " ".join(strip_tags(event.intro or "").split())
    lines = [description] if description else []
    if include_online_link and event.online_link:
        lines.append(f"Online: {event.online_link}")
    lines.append(url)
    component.add("description", "\n\n".join(lines))
    location = event.location or ("Online" if event.online_link else "")
    if location:
        component.add("location", location)
    component.add("categories", [event.get_kind_display()])
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    return component


def event_calendar(event, include_online_link=False):
    calendar = _new_calendar()
    calendar.add_component(event_component(event, include_online_link=include_online_link))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _ics_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics_response(event):
    return _ics_response(event_calendar(event), f"{slugify(event.slug)[:60] or 'activiteit'}.ics")


def agenda_feed_response(index, request):
    """All upcoming events (and those of the last 90 days), optionally filtered."""
    since = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    events = (
        index.filtered_events(request)
        .filter(end__gte=since)
        .order_by("start")
        .defer_streamfields()[:500]
    )
    name = "Met Andere Ogen – agenda"
    space_id = index.active_filters(request).get("ruimte")
    if space_id:
        from wagtail.models import Page

        # Only a live page the viewer may see names the calendar: never leak the title
        # of a draft or a members-only page through `?ruimte=<id>`.
        pages = viewable_pages(Page.objects.live().filter(pk=space_id), request.user)
        space = pages.only("title").first()
        if space:
            name = f"Met Andere Ogen – {space.title}"
    calendar = _new_calendar(name)
    calendar.add("refresh-interval", datetime.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    for event in events:
        calendar.add_component(event_component(event))
    calendar.add_missing_timezones()
    response = _ics_response(calendar.to_ical(), "agenda-met-andere-ogen.ics")
    response["Content-Disposition"] = 'inline; filename="agenda-met-andere-ogen.ics"'
    return response
