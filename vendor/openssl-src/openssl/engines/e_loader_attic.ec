# The INPUT HEADER is scanned for declarations
# LIBNAME       INPUT HEADER                    ERROR-TABLE FILE
L ATTIC         e_loader_attic_err.h            e_loader_attic_err.c
