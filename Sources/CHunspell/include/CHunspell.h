/// A plain-C shim over the system Hunspell (libhunspell), used for the stems (dictionary forms)
/// of Ukrainian and Russian words. Swift imports this header only; it carries no Hunspell types.
/// Every function is prefixed `chunspell_`. Status values are int32_t: zero is success, a
/// positive value one of the CHUNSPELL_* failures. Words cross as NUL-terminated UTF-8.
#ifndef CHUNSPELL_H
#define CHUNSPELL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The affix file (.aff) cannot be opened for reading.
#define CHUNSPELL_CANNOT_READ_AFFIX 1
/// The dictionary file (.dic) cannot be opened for reading.
#define CHUNSPELL_CANNOT_READ_DICTIONARY 2
/// The dictionary is not in UTF-8 (its affix file lacks `SET UTF-8`): words could not cross.
#define CHUNSPELL_NOT_UTF8 3
/// Hunspell could not be created (out of memory), or entries given in memory could not be staged.
#define CHUNSPELL_CANNOT_CREATE 4

/// A loaded Hunspell dictionary. Not thread-safe: guard it with a lock.
typedef struct chunspell_dictionary chunspell_dictionary;

/// Loads the dictionary `dictionary_path` with its affix file `affix_path`. Returns NULL and sets
/// `*status` to a CHUNSPELL_* failure when a file cannot be read or the dictionary is not UTF-8.
chunspell_dictionary *chunspell_open(const char *affix_path, const char *dictionary_path,
                                     int32_t *status);

/// Loads a dictionary whose entries are given in memory: `length` bytes in the format of a .dic
/// file (a first line with the number of entries, then one entry per line), with the affix file
/// `affix_path`. Hunspell reads only files, so the entries are staged in an anonymous in-memory
/// file. Returns NULL and sets `*status` as `chunspell_open` does.
chunspell_dictionary *chunspell_open_entries(const char *affix_path, const char *entries,
                                             size_t length, int32_t *status);

/// Frees a dictionary (NULL is allowed).
void chunspell_close(chunspell_dictionary *dictionary);

/// Whether the dictionary knows `word` (1) or not (0).
int32_t chunspell_spell(chunspell_dictionary *dictionary, const char *word);

/// Writes the stems (dictionary forms) Hunspell gives for `word` into `buffer`, each followed by
/// a line feed, and returns the number of bytes that takes, which may exceed `capacity`: the
/// buffer then holds nothing usable and the caller retries with a larger one. Returns 0 for a
/// word the dictionary does not know.
int32_t chunspell_stems(chunspell_dictionary *dictionary, const char *word, char *buffer,
                        int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
