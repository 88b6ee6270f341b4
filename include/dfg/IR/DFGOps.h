//===- DFGOps.h - Operations of the dfg dialect -----------------*- C++ -*-===//
//
// This file declares the graph, MFC and hook ops of the dfg dialect.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_IR_DFGOPS_H
#define DFG_IR_DFGOPS_H

#include "dfg/IR/DFGAttributes.h"
#include "dfg/IR/DFGDialect.h"
#include "dfg/IR/DFGTypes.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/RegionKindInterface.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace dfg {
class MFCOp;
} // namespace dfg

#define GET_OP_CLASSES
#include "dfg/IR/DFGOps.h.inc"

#endif // DFG_IR_DFGOPS_H
