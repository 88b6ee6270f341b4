//===- DFGTypes.td - Types of the dfg dialect --------------*- tablegen -*-===//
//
// This file defines the type of the values that carry data keys between
// model function calls.
//
//===----------------------------------------------------------------------===//

#ifndef DFG_IR_DFGTYPES_TD
#define DFG_IR_DFGTYPES_TD

include "dfg/IR/DFGDialect.td"
include "mlir/IR/AttrTypeBase.td"

def DFG_KeyType : TypeDef<DFG_Dialect, "Key"> {
  let mnemonic = "key";
  // The summary is the text of ODS type errors ("must be variadic of ...").
  let summary = "data key value of type !dfg.key";
  let description = [{
    A batch of named tensors passed between model function calls: the value
    of one data key, such as `packed_input_ids`. The key's name is part of
    the type, so two values of a graph can be told apart without looking at
    the op that defines them.

    ```mlir
    !dfg.key<"packed_input_ids">
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$name);
  let assemblyFormat = "`<` $name `>`";
  let builders = [
    TypeBuilder<(ins "::llvm::StringRef":$name), [{
      return $_get($_ctxt, ::mlir::StringAttr::get($_ctxt, name));
    }]>
  ];
  let skipDefaultBuilders = 0;
}

#endif // DFG_IR_DFGTYPES_TD
