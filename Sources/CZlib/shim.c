#include "CZlib.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int32_t czlib_gunzip(const uint8_t *input, size_t length, size_t limit, uint8_t **output,
                     size_t *output_length) {
  *output = NULL;
  *output_length = 0;
  z_stream stream;
  memset(&stream, 0, sizeof stream);
  // 15 + 16: a gzip header and trailer around the deflate data (dictzip's extra field included).
  if (inflateInit2(&stream, 15 + 16) != Z_OK) return CZLIB_OUT_OF_MEMORY;
  size_t capacity = length * 4 + 4096;
  if (capacity > limit + 1) capacity = limit + 1;
  uint8_t *buffer = malloc(capacity);
  if (buffer == NULL) {
    inflateEnd(&stream);
    return CZLIB_OUT_OF_MEMORY;
  }
  size_t produced = 0;
  size_t consumed = 0;
  int32_t status = 0;
  while (status == 0) {
    if (produced == capacity) {
      if (capacity > limit) {
        status = CZLIB_TOO_LARGE;
        break;
      }
      size_t grown = capacity * 2 > limit + 1 ? limit + 1 : capacity * 2;
      uint8_t *larger = realloc(buffer, grown);
      if (larger == NULL) {
        status = CZLIB_OUT_OF_MEMORY;
        break;
      }
      buffer = larger;
      capacity = grown;
    }
    // zlib counts in uInt: feed and fill at most 1 GiB at a time.
    size_t in_chunk = length - consumed > (1u << 30) ? (1u << 30) : length - consumed;
    size_t out_chunk = capacity - produced > (1u << 30) ? (1u << 30) : capacity - produced;
    stream.next_in = (Bytef *)(input + consumed);
    stream.avail_in = (uInt)in_chunk;
    stream.next_out = buffer + produced;
    stream.avail_out = (uInt)out_chunk;
    int result = inflate(&stream, Z_NO_FLUSH);
    consumed += in_chunk - stream.avail_in;
    produced += out_chunk - stream.avail_out;
    if (result == Z_STREAM_END) {
      if (consumed == length) break;
      // Another gzip member follows.
      if (inflateReset(&stream) != Z_OK) status = CZLIB_DAMAGED;
    } else if (result == Z_BUF_ERROR) {
      if (stream.avail_out != 0) status = CZLIB_DAMAGED;  // input ended early
    } else if (result != Z_OK) {
      status = result == Z_MEM_ERROR ? CZLIB_OUT_OF_MEMORY : CZLIB_DAMAGED;
    }
  }
  inflateEnd(&stream);
  if (status == 0 && produced > limit) status = CZLIB_TOO_LARGE;
  if (status != 0) {
    free(buffer);
    return status;
  }
  *output = buffer;
  *output_length = produced;
  return 0;
}

void czlib_free(uint8_t *buffer) { free(buffer); }
