// The ICU side of the shim: the only file that includes ICU headers.
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
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
