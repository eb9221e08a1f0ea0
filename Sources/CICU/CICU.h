// System ICU headers (Debian libicu-dev). Included only by CICUShim's .c file: Foundation ships
// private ICU headers whose types clash with these (see ../shared/STYLE.md).
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/unorm2.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>
