/*
 * Copyright 2019-2021 The OpenSSL Project Authors. All Rights Reserved.
 *
 * Licensed under the Apache License 2.0 (the "License").  You may not use
 * this file except in compliance with the License.  You can obtain a copy
 * in the file LICENSE in the source distribution or at
 * https://www.openssl.org/source/license.html
 */

#ifndef OSSL_SECURITY_BITS_H
#define OSSL_SECURITY_BITS_H
#pragma once

uint16_t ossl_ifc_ffc_compute_security_bits(int n);

#endif
