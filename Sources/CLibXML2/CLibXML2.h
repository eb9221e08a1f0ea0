// System libxml2 (Debian libxml2-dev): its HTML and XML parsers. Included only by the .c files of CHTMLShim.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parserInternals.h>
