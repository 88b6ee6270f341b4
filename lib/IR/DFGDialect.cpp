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
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace dfg;

#include "dfg/IR/DFGDialect.cpp.inc"

namespace {
/// Gives interface implementations with arguments an alias such as
/// `#impl_ppo_actor`, so that the argument dictionary, which AReaL repeats on
/// every MFC of a model, is printed once at the top of the file.
struct DFGOpAsmInterface : public OpAsmDialectInterface {
  using OpAsmDialectInterface::OpAsmDialectInterface;

  AliasResult getAlias(Attribute attr, raw_ostream &os) const override {
    auto impl = dyn_cast<InterfaceImplAttr>(attr);
    if (!impl || impl.getArgs().empty())
      return AliasResult::NoAlias;
    // The printer makes the name a valid identifier and unique.
    os << "impl_" << impl.getTypeName().getValue();
    return AliasResult::FinalAlias;
  }
};
} // namespace

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
  addInterfaces<DFGOpAsmInterface>();
}

#define GET_TYPEDEF_CLASSES
#include "dfg/IR/DFGTypes.cpp.inc"
