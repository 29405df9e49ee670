/// A plain-C shim over the system zlib, used to read gzip and dictzip files (the FreeDict
/// dictionaries Debian installs as `.dict.dz`). Swift imports this header only; it carries no
/// zlib types. Status values are int32_t: zero is success, a positive value one of the CZLIB_*
/// failures.
#ifndef CZLIB_H
#define CZLIB_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The input is not gzip data, or it is damaged or cut short.
#define CZLIB_DAMAGED 1
/// Memory for the output could not be had.
#define CZLIB_OUT_OF_MEMORY 2
/// The output would exceed the limit the caller gave.
#define CZLIB_TOO_LARGE 3

/// Inflates the gzip (or dictzip, which is gzip with an extra header field) data `input` of
/// `length` bytes. On success `*output` is a buffer of `*output_length` bytes, freed with
/// `czlib_free`; the output stops at `limit` bytes, past which CZLIB_TOO_LARGE is returned, so
/// that a hostile file cannot exhaust memory. Concatenated gzip members are all inflated.
int32_t czlib_gunzip(const uint8_t *input, size_t length, size_t limit, uint8_t **output,
                     size_t *output_length);

/// Frees a buffer returned by `czlib_gunzip` (NULL is allowed).
void czlib_free(uint8_t *buffer);

#ifdef __cplusplus
}
#endif

#endif
