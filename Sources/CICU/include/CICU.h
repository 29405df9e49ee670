/// A plain-C shim over the system ICU (libicu). Swift imports this header only; it carries no ICU
/// types, because Swift's Foundation on Linux bundles an ICU module of its own and ICU's headers
/// would clash with it. Every function is prefixed `cicu_`. Status values are ICU's UErrorCode as
/// int32_t: zero is success, a negative value a warning, a positive value a failure.
/// Text crosses as UTF-16 (`uint16_t *` plus a length in code units).
#ifndef CICU_H
#define CICU_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's U_BUFFER_OVERFLOW_ERROR: the destination was too small; the return value is the needed size.
#define CICU_BUFFER_OVERFLOW 15

/// Returns ICU's name for a status code ("U_ILLEGAL_ARGUMENT_ERROR").
const char *cicu_error_name(int32_t status);

// MARK: Normalization (unorm2)

/// The normalization forms the shim exposes.
typedef enum {
  CICU_NFC = 0,
  CICU_NFD = 1,
  CICU_NFKC = 2,
  CICU_NFKD = 3,
  CICU_NFKC_CASEFOLD = 4,
} cicu_normalization_form;

/// Normalizes `src` into `dest`; returns the length of the result (which may exceed `capacity`, in
/// which case `*status` is CICU_BUFFER_OVERFLOW and the caller retries with a larger buffer).
int32_t cicu_normalize(cicu_normalization_form form, const uint16_t *src, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *status);

// MARK: Transliteration (utrans)

/// An ICU transliterator. Not thread-safe: use one object per thread or guard it with a lock.
typedef struct cicu_transliterator cicu_transliterator;

/// Direction of a transliterator.
typedef enum { CICU_FORWARD = 0, CICU_REVERSE = 1 } cicu_direction;

/// Opens a transliterator by ID ("Any-Latin", "Ukrainian-Latin/BGN", "NFD; [:Mn:] Remove; NFC").
cicu_transliterator *cicu_transliterator_open_id(const uint16_t *id, int32_t id_length,
                                                 cicu_direction direction, int32_t *status);

/// Compiles transform rules. On a rule syntax error, `*error_line` and `*error_offset` receive the
/// position ICU reports (line is ICU's rule number, offset the UTF-16 offset in the pre-context),
/// and `error_context` (capacity `context_capacity` UTF-16 units, NUL-terminated) the text before
/// the error.
cicu_transliterator *cicu_transliterator_open_rules(const uint16_t *name, int32_t name_length,
                                                    const uint16_t *rules, int32_t rules_length,
                                                    cicu_direction direction,
                                                    int32_t *error_line, int32_t *error_offset,
                                                    uint16_t *error_context,
                                                    int32_t context_capacity, int32_t *status);

/// Transliterates `buffer` in place. `*length` is the text length on entry and the new length on
/// return; `capacity` is the buffer size. On CICU_BUFFER_OVERFLOW, `*length` is unchanged and the
/// return value is the needed capacity. Returns the new length on success.
int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *buffer, int32_t *length,
                           int32_t capacity, int32_t *status);

/// Frees a transliterator (NULL is allowed).
void cicu_transliterator_close(cicu_transliterator *transliterator);

// MARK: Break iteration (ubrk)

/// Kinds of text boundaries (ICU's UBRK_WORD and UBRK_SENTENCE).
typedef enum {
  CICU_BREAK_WORD = 1,
  CICU_BREAK_SENTENCE = 3,
} cicu_break_kind;

/// Writes the boundaries of `text` (UTF-16 offsets, starting with 0 and ending with `length`) to
/// `boundaries`; returns their count, which may exceed `capacity` (status CICU_BUFFER_OVERFLOW).
/// For word breaks, `rule_status` (may be NULL, else `capacity` entries) receives ICU's rule status
/// of the segment ending at each boundary: 0 none (spaces, punctuation), 100 number, 200 letter,
/// 300 kana, 400 ideograph.
int32_t cicu_break_boundaries(cicu_break_kind kind, const char *locale, const uint16_t *text,
                              int32_t length, int32_t *boundaries, int32_t *rule_status,
                              int32_t capacity, int32_t *status);

// MARK: Character properties (uchar / uscript)

/// ICU script codes used by Triglot (UScriptCode values).
#define CICU_SCRIPT_COMMON 0
#define CICU_SCRIPT_INHERITED 1
#define CICU_SCRIPT_CYRILLIC 8
#define CICU_SCRIPT_GREEK 14
#define CICU_SCRIPT_LATIN 25

/// The script of a code point (a CICU_SCRIPT_* value or another UScriptCode).
int32_t cicu_script(uint32_t code_point);

/// Whether the code point has the Default_Ignorable_Code_Point property.
int32_t cicu_is_default_ignorable(uint32_t code_point);

/// The general category of a code point (UCharCategory value).
int32_t cicu_char_type(uint32_t code_point);

// MARK: Charset detection and conversion (ucsdet, ucnv)

/// The longest charset name the shim writes, with its NUL.
#define CICU_CHARSET_NAME_CAPACITY 64

/// Guesses the charset of `length` bytes with ICU's detector. Writes up to `capacity` matches,
/// best first: each name NUL-terminated in `names` at `i * CICU_CHARSET_NAME_CAPACITY`, and its
/// confidence (0…100) in `confidences[i]`. With `filter_markup` non-zero, text between `<` and
/// `>` is ignored (for HTML). Returns the number of matches ICU found (which may exceed
/// `capacity`; only `capacity` are written).
int32_t cicu_detect_charsets(const char *bytes, int32_t length, int32_t filter_markup,
                             char *names, int32_t *confidences, int32_t capacity,
                             int32_t *status);

/// Writes ICU's canonical name of the converter `name` ("cp1251" → "ibm-5347_P100-1998") to
/// `canonical` (NUL-terminated, at most `capacity` bytes). `*status` > 0 when ICU has no such
/// converter.
void cicu_converter_canonical_name(const char *name, char *canonical, int32_t capacity,
                                   int32_t *status);

/// Converts `length` bytes in the charset `name` to UTF-16 in `dest`; returns the length of the
/// result (which may exceed `capacity`: status CICU_BUFFER_OVERFLOW, retry with more room).
/// Conversion stops at the first byte sequence that is illegal in the charset or has no Unicode
/// mapping; `*error_offset` then receives its byte offset (and `*status` is > 0), else -1.
int32_t cicu_convert_to_utf16(const char *name, const char *bytes, int32_t length,
                              uint16_t *dest, int32_t capacity, int32_t *error_offset,
                              int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
