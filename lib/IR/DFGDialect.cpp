//===- DFGDialect.cpp - The dfg dialect -------------------------*- C++ -*-===//
//
// This file registers the ops, types and attributes of the dfg dialect.
//
//===----------------------------------------------------------------------===//

#include "dfg/IR/DFGDialect.h"
#include "dfg/IR/DFGAttributes.h"
#include "dfg/IR/DFGOps.h"
#include "dfg/IR/DFGTypes.h"

#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace dfg;

#include "dfg/IR/DFGDialect.cpp.inc"

void DFGDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "dfg/IR/DFGOps.cpp.inc"
      >();
  addTypes<
#define GET_TYPEDEF_LIST
#include "dfg/IR/DFGTypes.cpp.inc"
      >();
  registerAttributes();
}

#define GET_TYPEDEF_CLASSES
#include "dfg/IR/DFGTypes.cpp.inc"
