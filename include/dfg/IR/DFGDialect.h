//===- DFGDialect.h - The dfg dialect ---------------------------*- C++ -*-===//
//
// This file declares the dfg dialect class.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_IR_DFGDIALECT_H
#define DFG_IR_DFGDIALECT_H

#include "mlir/IR/Dialect.h"

#include "dfg/IR/DFGDialect.h.inc"

#endif // DFG_IR_DFGDIALECT_H
