//===- DFGAttributes.h - Attributes of the dfg dialect ----------*- C++ -*-===//
//
// This file declares the enums and attributes that carry the fields of a
// model function call.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_IR_DFGATTRIBUTES_H
#define DFG_IR_DFGATTRIBUTES_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"

#include "dfg/IR/DFGEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "dfg/IR/DFGAttributes.h.inc"

#endif // DFG_IR_DFGATTRIBUTES_H
