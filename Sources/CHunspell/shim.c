// The Hunspell side of the shim: the only file that includes Hunspell's header.
#define _GNU_SOURCE
#include "CHunspell.h"

#include <hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct chunspell_dictionary {
  Hunhandle *handle;
};

static int readable(const char *path) {
  FILE *file = fopen(path, "rb");
  if (file == NULL) return 0;
  fclose(file);
  return 1;
}

chunspell_dictionary *chunspell_open(const char *affix_path, const char *dictionary_path,
                                     int32_t *status) {
  // Hunspell_create prints to standard error and returns an empty dictionary for a missing
  // file, so the files are checked here first.
  if (!readable(affix_path)) {
    *status = CHUNSPELL_CANNOT_READ_AFFIX;
    return NULL;
  }
  if (!readable(dictionary_path)) {
    *status = CHUNSPELL_CANNOT_READ_DICTIONARY;
    return NULL;
  }
  Hunhandle *handle = Hunspell_create(affix_path, dictionary_path);
  if (handle == NULL) {
    *status = CHUNSPELL_CANNOT_CREATE;
    return NULL;
  }
  const char *encoding = Hunspell_get_dic_encoding(handle);
  if (encoding == NULL || strcmp(encoding, "UTF-8") != 0) {
    Hunspell_destroy(handle);
    *status = CHUNSPELL_NOT_UTF8;
    return NULL;
  }
  chunspell_dictionary *dictionary = (chunspell_dictionary *)malloc(sizeof(chunspell_dictionary));
  if (dictionary == NULL) {
    Hunspell_destroy(handle);
    *status = CHUNSPELL_CANNOT_CREATE;
    return NULL;
  }
  dictionary->handle = handle;
  *status = 0;
  return dictionary;
}

chunspell_dictionary *chunspell_open_entries(const char *affix_path, const char *entries,
                                             size_t length, int32_t *status) {
  // An anonymous in-memory file (memfd) where the kernel has them, else an unlinked temporary
  // file; Hunspell opens it again through its /proc/self/fd path.
  int fd = -1;
  FILE *temporary = NULL;
#ifdef MFD_CLOEXEC
  fd = memfd_create("triglot-hunspell-entries", MFD_CLOEXEC);
#endif
  if (fd < 0) {
    temporary = tmpfile();
    if (temporary == NULL) {
      *status = CHUNSPELL_CANNOT_CREATE;
      return NULL;
    }
    fd = fileno(temporary);
  }
  size_t written = 0;
  while (written < length) {
    ssize_t count = write(fd, entries + written, length - written);
    if (count <= 0) break;
    written += (size_t)count;
  }
  chunspell_dictionary *dictionary = NULL;
  if (written == length) {
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    dictionary = chunspell_open(affix_path, path, status);
  } else {
    *status = CHUNSPELL_CANNOT_CREATE;
  }
  if (temporary != NULL) {
    fclose(temporary);
  } else {
    close(fd);
  }
  return dictionary;
}

void chunspell_close(chunspell_dictionary *dictionary) {
  if (dictionary == NULL) return;
  Hunspell_destroy(dictionary->handle);
  free(dictionary);
}

int32_t chunspell_spell(chunspell_dictionary *dictionary, const char *word) {
  return Hunspell_spell(dictionary->handle, word) != 0 ? 1 : 0;
}

int32_t chunspell_stems(chunspell_dictionary *dictionary, const char *word, char *buffer,
                        int32_t capacity) {
  char **list = NULL;
  int count = Hunspell_stem(dictionary->handle, &list, word);
  int32_t needed = 0;
  for (int index = 0; index < count; index++) {
    size_t length = strlen(list[index]);
    if (needed + (int32_t)length + 1 <= capacity) {
      memcpy(buffer + needed, list[index], length);
      buffer[needed + length] = '\n';
    }
    needed += (int32_t)length + 1;
  }
  Hunspell_free_list(dictionary->handle, &list, count);
  return needed;
}
