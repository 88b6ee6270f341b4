//===- DFGTypes.h - Types of the dfg dialect --------------------*- C++ -*-===//
//
// This file declares the key type of the dfg dialect.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_IR_DFGTYPES_H
#define DFG_IR_DFGTYPES_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Types.h"

#define GET_TYPEDEF_CLASSES
#include "dfg/IR/DFGTypes.h.inc"

#endif // DFG_IR_DFGTYPES_H
