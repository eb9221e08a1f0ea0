// libxml2's XML parser (SAX2) behind the libxml2-free header CHTMLShim.h, for Atom and RSS feeds.
//
// Why not Foundation's XMLParser: it hands libxml2 the whole document at once, so any feed over
// 10,000,000 bytes fails with "Huge input lookup" (XML_MAX_LOOKUP_LIMIT, parser.c 2.9.14) and is
// reported as error 1, "not well-formed"; it cannot say where an element starts except by line,
// which is useless on a one-line feed; and it drops the text after an entity reference it does not
// resolve. Here the document is read through an input callback in chunks, so libxml2 discards what
// it has parsed and the lookup limit is never reached, while its other limits (256 levels of
// nesting, entity amplification) stay on; each element carries the offset where its content
// begins; and an unresolved external entity is kept as written.
//
// Security: no network (XML_PARSE_NONET), no external DTD (no XML_PARSE_DTDLOAD, and the
// externalSubset and resolveEntity handlers are removed), no entity substitution (no
// XML_PARSE_NOENT): external entities are never read (parser.c, xmlParseReference, loads an
// external parsed entity only under XML_PARSE_NOENT or XML_PARSE_DTDVALID).
#include "CHTMLShim.h"
#include "../CLibXML2/CLibXML2.h"
#include "sink.h"
#include <stdio.h>

typedef struct {
    xmlParserCtxtPtr ctxt;
    da_sink out;
    const char *bytes;
    size_t len, readAt;
    /// Cursor converting byte offsets into the input to scalar offsets (offsets only grow).
    size_t bytePos;
    int64_t scalarPos;
    long elements, maxElements;
    int tooMany, failed;
    da_parse_report *report;
} xml_state;

static int read_chunk(void *context, char *buffer, int len) {
    xml_state *st = context;
    size_t n = st->len - st->readAt;
    if (n > (size_t)len) n = (size_t)len;
    memcpy(buffer, st->bytes + st->readAt, n);
    st->readAt += n;
    return (int)n;
}

static int close_input(void *context) { (void)context; return 0; }

static xml_state *state_of(void *ctx) { return ((xmlParserCtxtPtr)ctx)->_private; }

/// The scalar offset of the main input's current position (the last one known while libxml2
/// reads an entity's replacement text).
static int64_t scalar_offset(xml_state *st, xmlParserCtxtPtr c) {
    if (c != st->ctxt || c->inputNr != 1 || c->input == NULL) return st->scalarPos;
    size_t target = c->input->consumed + (size_t)(c->input->cur - c->input->base);
    if (target > st->len) target = st->len;
    for (; st->bytePos < target; st->bytePos++) {
        if (((unsigned char)st->bytes[st->bytePos] & 0xC0) != 0x80) st->scalarPos++;
    }
    return st->scalarPos;
}

static void put_qname(da_sink *s, const xmlChar *prefix, const xmlChar *local) {
    if (prefix != NULL) { da_put(s, (const char *)prefix, strlen((const char *)prefix)); da_put(s, ":", 1); }
    da_put_str(s, (const char *)local);
}

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes) {
    (void)URI; (void)nb_defaulted;
    xml_state *st = state_of(ctx);
    if (++st->elements > st->maxElements) {
        st->tooMany = 1;
        xmlStopParser(st->ctxt);
        return;
    }
    da_sink *s = &st->out;
    da_put(s, "S", 1);
    put_qname(s, prefix, localname);
    char num[24];
    snprintf(num, sizeof num, "%d", nb_namespaces + nb_attributes);
    da_put_str(s, num);
    // Namespace declarations are attributes here, as XMLParser reports them without namespace
    // processing ("xmlns", "xmlns:content").
    for (int i = 0; i < nb_namespaces; i++) {
        put_qname(s, namespaces[2 * i] ? BAD_CAST "xmlns" : NULL, namespaces[2 * i] ? namespaces[2 * i] : BAD_CAST "xmlns");
        da_put_str(s, (const char *)namespaces[2 * i + 1]);
    }
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar **a = attributes + 5 * i;  // localname, prefix, URI, value, end
        put_qname(s, a[1], a[0]);
        da_put_strn(s, (const char *)a[3], (size_t)(a[4] - a[3]));
    }
    xmlParserCtxtPtr c = ctx;
    snprintf(num, sizeof num, "%d", c->input ? c->input->line : 0);
    da_put_str(s, num);
    snprintf(num, sizeof num, "%lld", (long long)scalar_offset(st, c));
    da_put_str(s, num);
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI) {
    (void)URI;
    da_sink *s = &state_of(ctx)->out;
    da_put(s, "E", 1);
    put_qname(s, prefix, localname);
}

static void on_text(void *ctx, const xmlChar *ch, int len) {
    da_sink *s = &state_of(ctx)->out;
    da_put(s, "T", 1);
    da_put_strn(s, (const char *)ch, (size_t)len);
}

/// An entity reference libxml2 did not expand. The replacement text of an internal entity has
/// already come through on_text (the call is "somewhat superfluous", parser.c); an external one
/// is never read, and is kept as written so that neither it nor the text after it is lost.
static void on_reference(void *ctx, const xmlChar *name) {
    xmlParserCtxtPtr c = ctx;
    xmlEntityPtr e = c->myDoc ? xmlGetDocEntity(c->myDoc, name) : NULL;
    if (e != NULL && e->etype == XML_INTERNAL_GENERAL_ENTITY) return;
    da_sink *s = &state_of(ctx)->out;
    da_put(s, "T&", 2);
    da_put(s, (const char *)name, strlen((const char *)name));
    da_put_strn(s, ";", 1);
}

static xmlParserInputPtr no_entity(void *ctx, const xmlChar *publicId, const xmlChar *systemId) {
    (void)ctx; (void)publicId; (void)systemId;
    return NULL;
}

/// Keeps the first well-formedness error (fatal); namespace errors (an undeclared prefix such as
/// "content:") do not stop the parse and are ignored, as without namespace processing.
static void on_error(void *data, xmlErrorPtr e) {
    xml_state *st = state_of(data);
    if (e == NULL || st->failed || e->level != XML_ERR_FATAL) return;
    st->failed = 1;
    st->report->code = e->code;
    st->report->line = e->line;
    st->report->column = e->int2;
    // Raised inside an entity's replacement text: its line and column are in that text; give the
    // document's position instead.
    xmlParserCtxtPtr main = st->ctxt;
    if ((e->ctxt != NULL && e->ctxt != (void *)main) || main->inputNr > 1) {
        xmlParserInputPtr document = main->inputTab != NULL && main->inputNr > 0 ? main->inputTab[0] : main->input;
        if (document != NULL) { st->report->line = document->line; st->report->column = document->col; }
    }
    if (e->message) {
        snprintf(st->report->message, sizeof st->report->message, "%s", e->message);
        size_t n = strlen(st->report->message);
        while (n > 0 && (st->report->message[n - 1] == '\n' || st->report->message[n - 1] == ' ')) st->report->message[--n] = 0;
    }
}

char *da_xml_events(const char *bytes, int32_t len, int32_t maxElements, int32_t *outlen, da_parse_report *report) {
    memset(report, 0, sizeof *report);
    xml_state st = {0};
    st.bytes = bytes;
    st.len = len > 0 ? (size_t)len : 0;
    st.maxElements = maxElements > 0 ? maxElements : 1000000;
    st.report = report;

    xmlInitParser();  // as xmlReadMemory does
    xmlSAXHandler sax;
    xmlSAXVersion(&sax, 2);  // libxml2's SAX2 defaults: document, DTD and entity declarations
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.startElement = NULL;
    sax.endElement = NULL;
    sax.characters = on_text;
    sax.ignorableWhitespace = on_text;
    sax.cdataBlock = on_text;
    sax.reference = on_reference;
    sax.comment = NULL;
    sax.processingInstruction = NULL;
    sax.externalSubset = NULL;
    sax.resolveEntity = no_entity;
    sax.warning = NULL;
    sax.error = NULL;
    sax.fatalError = NULL;
    sax.serror = on_error;

    xmlParserCtxtPtr ctxt = xmlCreateIOParserCtxt(&sax, NULL, read_chunk, close_input, &st, XML_CHAR_ENCODING_NONE);
    if (ctxt == NULL) { report->status = DA_PARSE_NO_MEMORY; return NULL; }
    st.ctxt = ctxt;
    ctxt->_private = &st;
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
    int rc = xmlParseDocument(ctxt);
    int wellFormed = ctxt->wellFormed;
    if (!st.failed && (rc != 0 || !wellFormed) && !st.tooMany) {
        report->code = ctxt->errNo;
        report->line = ctxt->input ? ctxt->input->line : 0;
        report->column = ctxt->input ? ctxt->input->col : 0;
    }
    if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
    xmlFreeParserCtxt(ctxt);

    if (st.tooMany) {
        free(st.out.buf);
        report->status = DA_PARSE_TOO_MANY_EVENTS;
        report->count = st.elements;
        return NULL;
    }
    if (st.failed || rc != 0 || !wellFormed) {
        free(st.out.buf);
        report->status = DA_PARSE_NOT_WELL_FORMED;
        return NULL;
    }
    if (st.out.failed || st.out.len > INT32_MAX) { free(st.out.buf); report->status = DA_PARSE_NO_MEMORY; return NULL; }
    if (!st.out.buf) { st.out.buf = malloc(1); if (!st.out.buf) { report->status = DA_PARSE_NO_MEMORY; return NULL; } }
    *outlen = (int32_t)st.out.len;
    return st.out.buf;
}
