// One HTTP GET through the system's libcurl (libcurl.so.4), loaded with dlopen on first use.
//
// Why not URLSession: on Linux, Foundation's URLSession lives in FoundationNetworking, which
// links libcurl and about thirty more libraries (TLS, Kerberos, LDAP…) into every process that
// imports it. Only `driftalign fetch` needs the network, and loading those libraries cost every
// other command about 6 ms of start-up (of ~15 ms), a few percent of a short alignment. libcurl
// itself is what FoundationNetworking uses underneath, and the Swift toolchain depends on it, so
// it is present wherever driftalign runs; no curl headers are needed to build (the few
// functions and constants used are declared here, from curl 7.88's curl.h).
#ifndef CCURLSHIM_H
#define CCURLSHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum da_http_outcome {
    DA_HTTP_OK = 0,          // a complete response (any status; the caller judges it)
    DA_HTTP_TIMEOUT = 1,     // no complete answer within the timeout
    DA_HTTP_TOO_LARGE = 2,   // announced or received body larger than the limit
    DA_HTTP_REDIRECTS = 3,   // more redirects than allowed
    DA_HTTP_TRUNCATED = 4,   // the connection closed before the announced length arrived
    DA_HTTP_TRANSPORT = 5,   // refused, reset, DNS, TLS…: see `error`
    DA_HTTP_NO_LIBRARY = 6,  // libcurl could not be loaded: see `error`
};

typedef struct da_http_response {
    int outcome;               // enum da_http_outcome
    long status;               // the final response's HTTP status (0 if none)
    char *effective_url;       // the final URL after redirects (malloc'd, may be NULL)
    char *content_type;        // the Content-Type header (malloc'd, may be NULL)
    unsigned char *body;       // the body (malloc'd, may be NULL when empty)
    size_t body_length;
    long long expected_length; // Content-Length, or -1 when not announced
    char error[256];           // a message for the failure outcomes
} da_http_response;

/// GET `url` following at most `max_redirects` redirects (http and https only), with the
/// User-Agent `user_agent`, the whole exchange within `timeout_ms`, bodies over `max_bytes`
/// refused as soon as announced or received, compressed bodies decoded. Fills `out` (free it with
/// `da_http_response_free`); returns its outcome.
int da_http_get(const char *url, const char *user_agent, long timeout_ms, long max_redirects,
                long long max_bytes, da_http_response *out);

/// Frees what `da_http_get` allocated in `r` (not `r` itself).
void da_http_response_free(da_http_response *r);

#ifdef __cplusplus
}
#endif

#endif
