//===- DFGAttributes.cpp - Attributes of the dfg dialect --------*- C++ -*-===//
//
// This file implements the enums and attributes of the dfg dialect.
//
//===----------------------------------------------------------------------===//

#include "dfg/IR/DFGAttributes.h"
#include "dfg/IR/DFGDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace dfg;

#include "dfg/IR/DFGEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "dfg/IR/DFGAttributes.cpp.inc"

void DFGDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "dfg/IR/DFGAttributes.cpp.inc"
      >();
}

LogicalResult ModelAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                StringAttr role, int64_t replicaId) {
  if (!role)
    return emitError() << "model role is missing";
  if (replicaId < 0)
    return emitError() << "model \"" << role.getValue() << "\" has replica id "
                       << replicaId
                       << "; replica ids of a role count from 0, so use 0 for "
                          "its first replica";
  return success();
}

std::string ModelAttr::str() const {
  return (getRole().getValue() + "@" + llvm::Twine(getReplicaId())).str();
}

bool MicroBatchSpecAttr::isDefault() const {
  return getNMbs() == 1 && getMaxTokensPerMb() == 1000000000000;
}
