# Varnish in front of Regio (Varnish 7, Debian's `varnish` package).
#
# Holds what the app marks `Cache-Control: public, s-maxage=N` (anonymous public pages, static
# files, icons) for N seconds; passes everything else. The app purges it:
#   PURGE <path>  one page, in all its filtered variants (after a registration: places left)
#   BAN /         the whole site of that Host (after publishing, or a change to shared content)
# Both only from the app servers (acl purgers). See home/page_cache.py and home/frontend_cache.py.
vcl 4.1;

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 10s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-regio-host == " + req.http.host + " && obj.http.x-regio-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-regio-host == " + req.http.host);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, the page-view beacon and signed-in editors (a session cookie) always reach the app.
    if (req.url ~ "^/(admin|django-admin|a)/" || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anonymous visitors: no cookie reaches the app, so every visitor shares one copy.
    unset req.http.Cookie;
    # Campaign and click-tracking parameters are read by the browser (the beacon), not by the app:
    # drop them, and sort the rest, so they cannot split or fill the cache.
    set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid|msclkid|mc_[a-z]+)=[^&]*&?", "");
    set req.url = regsub(req.url, "[?&]+$", "");
    set req.url = std.querysort(req.url);
    return (hash);
}

sub vcl_backend_response {
    # Remembered on the object for PURGE and BAN (removed before delivery).
    set beresp.http.x-regio-host = bereq.http.host;
    set beresp.http.x-regio-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "public" || beresp.http.Cache-Control ~ "(private|no-store)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # If the app is down, visitors get the last good copy for up to an hour.
    set beresp.grace = 1h;
}

sub vcl_deliver {
    unset resp.http.x-regio-host;
    unset resp.http.x-regio-path;
    unset resp.http.Via;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
