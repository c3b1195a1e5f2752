# The INPUT HEADER is scanned for declarations
# LIBNAME       INPUT HEADER                    ERROR-TABLE FILE
L AFALG         e_afalg_err.h                   e_afalg_err.c
