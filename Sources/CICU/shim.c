// The ICU side of the shim: the only file that includes ICU headers.
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

// MARK: Normalization

static const UNormalizer2 *normalizer_for(cicu_normalization_form form, UErrorCode *status) {
  switch (form) {
    case CICU_NFC: return unorm2_getNFCInstance(status);
    case CICU_NFD: return unorm2_getNFDInstance(status);
    case CICU_NFKC: return unorm2_getNFKCInstance(status);
    case CICU_NFKD: return unorm2_getNFKDInstance(status);
    case CICU_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(status);
  }
  *status = U_ILLEGAL_ARGUMENT_ERROR;
  return NULL;
}

int32_t cicu_normalize(cicu_normalization_form form, const uint16_t *src, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = normalizer_for(form, &code);
  int32_t result = 0;
  if (U_SUCCESS(code)) {
    result = unorm2_normalize(normalizer, (const UChar *)src, length, (UChar *)dest, capacity,
                              &code);
  }
  *status = (int32_t)code;
  return result;
}

// MARK: Transliteration

struct cicu_transliterator {
  UTransliterator *trans;
};

static cicu_transliterator *wrap_transliterator(UTransliterator *trans, UErrorCode code,
                                                int32_t *status) {
  *status = (int32_t)code;
  if (U_FAILURE(code) || trans == NULL) {
    if (trans != NULL) utrans_close(trans);
    if (!U_FAILURE(code)) *status = (int32_t)U_INTERNAL_PROGRAM_ERROR;
    return NULL;
  }
  cicu_transliterator *result = (cicu_transliterator *)malloc(sizeof(cicu_transliterator));
  if (result == NULL) {
    utrans_close(trans);
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  result->trans = trans;
  return result;
}

cicu_transliterator *cicu_transliterator_open_id(const uint16_t *id, int32_t id_length,
                                                 cicu_direction direction, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UParseError parse;
  UTransliterator *trans = utrans_openU((const UChar *)id, id_length,
                                        direction == CICU_REVERSE ? UTRANS_REVERSE : UTRANS_FORWARD,
                                        NULL, 0, &parse, &code);
  return wrap_transliterator(trans, code, status);
}

cicu_transliterator *cicu_transliterator_open_rules(const uint16_t *name, int32_t name_length,
                                                    const uint16_t *rules, int32_t rules_length,
                                                    cicu_direction direction,
                                                    int32_t *error_line, int32_t *error_offset,
                                                    uint16_t *error_context,
                                                    int32_t context_capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UParseError parse;
  memset(&parse, 0, sizeof(parse));
  UTransliterator *trans = utrans_openU((const UChar *)name, name_length,
                                        direction == CICU_REVERSE ? UTRANS_REVERSE : UTRANS_FORWARD,
                                        (const UChar *)rules, rules_length, &parse, &code);
  if (error_line != NULL) *error_line = parse.line;
  if (error_offset != NULL) *error_offset = parse.offset;
  if (error_context != NULL && context_capacity > 0) {
    int32_t n = u_strlen(parse.preContext);
    if (n > context_capacity - 1) n = context_capacity - 1;
    memcpy(error_context, parse.preContext, (size_t)n * sizeof(UChar));
    error_context[n] = 0;
  }
  return wrap_transliterator(trans, code, status);
}

int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *buffer, int32_t *length,
                           int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t text_length = *length;
  int32_t limit = text_length;
  utrans_transUChars(transliterator->trans, (UChar *)buffer, &text_length, capacity, 0, &limit,
                     &code);
  *status = (int32_t)code;
  if (code == U_BUFFER_OVERFLOW_ERROR) return text_length;
  if (U_SUCCESS(code)) *length = text_length;
  return text_length;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
  if (transliterator == NULL) return;
  utrans_close(transliterator->trans);
  free(transliterator);
}

// MARK: Break iteration

int32_t cicu_break_boundaries(cicu_break_kind kind, const char *locale, const uint16_t *text,
                              int32_t length, int32_t *boundaries, int32_t *rule_status,
                              int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UBreakIteratorType type;
  switch (kind) {
    case CICU_BREAK_WORD: type = UBRK_WORD; break;
    default: type = UBRK_SENTENCE; break;
  }
  UBreakIterator *iterator = ubrk_open(type, locale, (const UChar *)text, length, &code);
  if (U_FAILURE(code)) {
    *status = (int32_t)code;
    return 0;
  }
  int32_t count = 0;
  for (int32_t b = ubrk_first(iterator); b != UBRK_DONE; b = ubrk_next(iterator)) {
    if (count < capacity) {
      boundaries[count] = b;
      if (rule_status != NULL) rule_status[count] = ubrk_getRuleStatus(iterator);
    }
    count++;
  }
  ubrk_close(iterator);
  *status = count > capacity ? (int32_t)U_BUFFER_OVERFLOW_ERROR : (int32_t)U_ZERO_ERROR;
  return count;
}

// MARK: Character properties

int32_t cicu_script(uint32_t code_point) {
  UErrorCode code = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript((UChar32)code_point, &code);
  return U_SUCCESS(code) ? (int32_t)script : -1;
}

int32_t cicu_is_default_ignorable(uint32_t code_point) {
  return u_hasBinaryProperty((UChar32)code_point, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) ? 1 : 0;
}

int32_t cicu_char_type(uint32_t code_point) { return (int32_t)u_charType((UChar32)code_point); }

// MARK: Charset detection and conversion

int32_t cicu_detect_charsets(const char *bytes, int32_t length, int32_t filter_markup,
                             char *names, int32_t *confidences, int32_t capacity,
                             int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UCharsetDetector *detector = ucsdet_open(&code);
  int32_t found = 0;
  if (U_SUCCESS(code)) {
    ucsdet_enableInputFilter(detector, filter_markup != 0);
    ucsdet_setText(detector, bytes, length, &code);
  }
  const UCharsetMatch **matches = NULL;
  if (U_SUCCESS(code)) matches = ucsdet_detectAll(detector, &found, &code);
  for (int32_t i = 0; U_SUCCESS(code) && i < found && i < capacity; i++) {
    const char *name = ucsdet_getName(matches[i], &code);
    int32_t confidence = ucsdet_getConfidence(matches[i], &code);
    if (U_FAILURE(code)) break;
    char *slot = names + (size_t)i * CICU_CHARSET_NAME_CAPACITY;
    strncpy(slot, name, CICU_CHARSET_NAME_CAPACITY - 1);
    slot[CICU_CHARSET_NAME_CAPACITY - 1] = 0;
    confidences[i] = confidence;
  }
  if (detector != NULL) ucsdet_close(detector);
  *status = (int32_t)code;
  return U_SUCCESS(code) ? found : 0;
}

void cicu_converter_canonical_name(const char *name, char *canonical, int32_t capacity,
                                   int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UConverter *converter = ucnv_open(name, &code);
  if (U_SUCCESS(code) && capacity > 0) {
    const char *found = ucnv_getName(converter, &code);
    if (U_SUCCESS(code)) {
      strncpy(canonical, found, (size_t)capacity - 1);
      canonical[capacity - 1] = 0;
    }
  }
  if (converter != NULL) ucnv_close(converter);
  *status = (int32_t)code;
}

int32_t cicu_convert_to_utf16(const char *name, const char *bytes, int32_t length,
                              uint16_t *dest, int32_t capacity, int32_t *error_offset,
                              int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  *error_offset = -1;
  UConverter *converter = ucnv_open(name, &code);
  if (U_SUCCESS(code)) {
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &code);
  }
  if (U_FAILURE(code)) {
    if (converter != NULL) ucnv_close(converter);
    *status = (int32_t)code;
    return 0;
  }
  // Convert in one pass into `dest`, then count what did not fit, so that the caller learns the
  // whole length and where the first bad sequence is even when the buffer is too small.
  const char *source = bytes;
  const char *limit = bytes + length;
  UChar *target = (UChar *)dest;
  UChar *target_limit = (UChar *)dest + capacity;
  int32_t produced = 0;
  UChar scratch[1024];
  for (;;) {
    UChar *start = target;
    ucnv_toUnicode(converter, &target, target_limit, &source, limit, NULL, 1, &code);
    produced += (int32_t)(target - start);
    if (code != U_BUFFER_OVERFLOW_ERROR) break;
    code = U_ZERO_ERROR;
    target = scratch;
    target_limit = scratch + 1024;
  }
  if (code == U_ILLEGAL_CHAR_FOUND || code == U_INVALID_CHAR_FOUND ||
      code == U_TRUNCATED_CHAR_FOUND) {
    char invalid[32];
    int8_t invalid_length = (int8_t)sizeof(invalid);
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(converter, invalid, &invalid_length, &ignored);
    *error_offset = (int32_t)(source - bytes) - (U_SUCCESS(ignored) ? invalid_length : 0);
  }
  ucnv_close(converter);
  if (U_SUCCESS(code) && produced > capacity) code = U_BUFFER_OVERFLOW_ERROR;
  *status = (int32_t)code;
  return produced;
}
