// libcurl behind CCurlShim.h, loaded at run time. See that header for the why.
#include "CCurlShim.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// libcurl's ABI (curl 7.88 curl.h): option and info numbers are stable across libcurl 7.x and 8.x.
typedef void CURL;
typedef int CURLcode;
enum {
    CURLE_OK = 0, CURLE_UNKNOWN_OPTION = 48, CURLE_WRITE_ERROR = 23, CURLE_OPERATION_TIMEDOUT = 28,
    CURLE_TOO_MANY_REDIRECTS = 47, CURLE_FILESIZE_EXCEEDED = 63, CURLE_PARTIAL_FILE = 18,
};
enum {
    CURLOPT_WRITEDATA = 10001, CURLOPT_URL = 10002, CURLOPT_ERRORBUFFER = 10010, CURLOPT_USERAGENT = 10018,
    CURLOPT_WRITEFUNCTION = 20011, CURLOPT_FOLLOWLOCATION = 52, CURLOPT_MAXREDIRS = 68, CURLOPT_NOSIGNAL = 99,
    CURLOPT_TIMEOUT_MS = 155, CURLOPT_MAXFILESIZE_LARGE = 30117, CURLOPT_ACCEPT_ENCODING = 10102,
    CURLOPT_PROTOCOLS = 181, CURLOPT_REDIR_PROTOCOLS = 182,
    CURLOPT_PROTOCOLS_STR = 10318, CURLOPT_REDIR_PROTOCOLS_STR = 10319,
};
enum {
    CURLINFO_EFFECTIVE_URL = 0x100000 + 1, CURLINFO_CONTENT_TYPE = 0x100000 + 18,
    CURLINFO_RESPONSE_CODE = 0x200000 + 2, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T = 0x600000 + 15,
};
enum { CURL_GLOBAL_DEFAULT = 3, CURLPROTO_HTTP = 1, CURLPROTO_HTTPS = 2, CURL_ERROR_SIZE = 256 };

static struct {
    int (*global_init)(long);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, int, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    char problem[200];
} lib;
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

static void load(void) {
    const char *names[] = {"libcurl.so.4", "libcurl.so", "libcurl.4.dylib", "libcurl.dylib"};
    void *h = NULL;
    for (size_t i = 0; i < sizeof names / sizeof *names && !h; i++) h = dlopen(names[i], RTLD_LAZY | RTLD_LOCAL);
    if (!h) {
        snprintf(lib.problem, sizeof lib.problem, "libcurl not found (%s): apt-get install libcurl4", dlerror());
        return;
    }
    *(void **)&lib.global_init = dlsym(h, "curl_global_init");
    *(void **)&lib.easy_init = dlsym(h, "curl_easy_init");
    *(void **)&lib.easy_setopt = dlsym(h, "curl_easy_setopt");
    *(void **)&lib.easy_perform = dlsym(h, "curl_easy_perform");
    *(void **)&lib.easy_getinfo = dlsym(h, "curl_easy_getinfo");
    *(void **)&lib.easy_cleanup = dlsym(h, "curl_easy_cleanup");
    *(void **)&lib.easy_strerror = dlsym(h, "curl_easy_strerror");
    if (!lib.global_init || !lib.easy_init || !lib.easy_setopt || !lib.easy_perform || !lib.easy_getinfo
        || !lib.easy_cleanup || !lib.easy_strerror) {
        snprintf(lib.problem, sizeof lib.problem, "libcurl lacks the easy interface");
        lib.easy_init = NULL;
        return;
    }
    // Not thread-safe in old libcurl, hence once, before any handle exists.
    if (lib.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(lib.problem, sizeof lib.problem, "curl_global_init failed");
        lib.easy_init = NULL;
    }
}

typedef struct {
    da_http_response *out;
    size_t capacity;
    long long max_bytes;
    int too_large;
} sink;

static size_t on_data(char *data, size_t size, size_t count, void *context) {
    sink *s = context;
    size_t n = size * count;
    if ((long long)(s->out->body_length + n) > s->max_bytes) {
        s->too_large = 1;
        return 0;  // stops the transfer (CURLE_WRITE_ERROR)
    }
    if (s->out->body_length + n > s->capacity) {
        size_t cap = s->capacity ? s->capacity : 65536;
        while (cap < s->out->body_length + n) cap *= 2;
        unsigned char *grown = realloc(s->out->body, cap);
        if (!grown) return 0;
        s->out->body = grown;
        s->capacity = cap;
    }
    memcpy(s->out->body + s->out->body_length, data, n);
    s->out->body_length += n;
    return n;
}

static char *copy(const char *s) { return s ? strdup(s) : NULL; }

int da_http_get(const char *url, const char *user_agent, long timeout_ms, long max_redirects,
                long long max_bytes, da_http_response *out) {
    memset(out, 0, sizeof *out);
    out->expected_length = -1;
    pthread_once(&loaded, load);
    if (!lib.easy_init) {
        snprintf(out->error, sizeof out->error, "%s", lib.problem);
        return out->outcome = DA_HTTP_NO_LIBRARY;
    }
    CURL *c = lib.easy_init();
    if (!c) {
        snprintf(out->error, sizeof out->error, "curl_easy_init failed");
        return out->outcome = DA_HTTP_TRANSPORT;
    }
    char detail[CURL_ERROR_SIZE] = {0};
    sink s = {out, 0, max_bytes, 0};
    lib.easy_setopt(c, CURLOPT_URL, url);
    lib.easy_setopt(c, CURLOPT_USERAGENT, user_agent);
    lib.easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
    lib.easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
    lib.easy_setopt(c, CURLOPT_WRITEDATA, (void *)&s);
    lib.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    lib.easy_setopt(c, CURLOPT_MAXREDIRS, max_redirects);
    lib.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    lib.easy_setopt(c, CURLOPT_TIMEOUT_MS, timeout_ms);
    lib.easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (long long)max_bytes);
    lib.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
    if (lib.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https") != CURLE_OK) {  // libcurl < 7.85
        lib.easy_setopt(c, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    }
    if (lib.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") != CURLE_OK) {
        lib.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    }
    CURLcode code = lib.easy_perform(c);

    char *text = NULL;
    if (lib.easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &text) == CURLE_OK) out->effective_url = copy(text);
    text = NULL;
    if (lib.easy_getinfo(c, CURLINFO_CONTENT_TYPE, &text) == CURLE_OK) out->content_type = copy(text);
    lib.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out->status);
    long long announced = -1;
    if (lib.easy_getinfo(c, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &announced) == CURLE_OK) out->expected_length = announced;

    if (code == CURLE_OK) out->outcome = DA_HTTP_OK;
    else if (s.too_large || code == CURLE_FILESIZE_EXCEEDED) out->outcome = DA_HTTP_TOO_LARGE;
    else if (code == CURLE_OPERATION_TIMEDOUT) out->outcome = DA_HTTP_TIMEOUT;
    else if (code == CURLE_TOO_MANY_REDIRECTS) out->outcome = DA_HTTP_REDIRECTS;
    else if (code == CURLE_PARTIAL_FILE) out->outcome = DA_HTTP_TRUNCATED;
    else out->outcome = DA_HTTP_TRANSPORT;
    if (code != CURLE_OK) {
        snprintf(out->error, sizeof out->error, "%s%s%s", lib.easy_strerror(code), detail[0] ? ": " : "", detail);
    }
    lib.easy_cleanup(c);
    return out->outcome;
}

void da_http_response_free(da_http_response *r) {
    if (!r) return;
    free(r->effective_url);
    free(r->content_type);
    free(r->body);
    r->effective_url = r->content_type = NULL;
    r->body = NULL;
    r->body_length = 0;
}
