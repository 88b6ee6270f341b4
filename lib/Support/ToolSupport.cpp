//===- ToolSupport.cpp - Input checks and diagnostics for the tools -*- C++ -*-===//
//
// This file implements the nesting check for textual IR and the diagnostic
// handler that clips long source lines.
//
//===----------------------------------------------------------------------===//

#include "dfg/Support/ToolSupport.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/thread.h"

#include <memory>
#include <vector>

using namespace mlir;

int dfg::runWithLargeStack(llvm::function_ref<int()> body) {
  int result = 1;
  llvm::thread worker(std::optional<unsigned>(kToolStackSize),
                      [&] { result = body(); });
  worker.join();
  return result;
}

LogicalResult dfg::checkIRNesting(const llvm::MemoryBuffer &buffer,
                                  llvm::raw_ostream &errors,
                                  unsigned maxDepth) {
  llvm::StringRef text = buffer.getBuffer();
  // MLIR bytecode starts with the magic number "ML\xEFR".
  if (text.starts_with("ML\xEFR"))
    return success();

  unsigned depth = 0;
  unsigned line = 1;
  size_t lineStart = 0;
  for (size_t i = 0, e = text.size(); i < e; ++i) {
    char c = text[i];
    switch (c) {
    case '\n':
      ++line;
      lineStart = i + 1;
      break;
    case '"':
      // Skip the string literal, including escaped quotes.
      for (++i; i < e && text[i] != '"' && text[i] != '\n'; ++i)
        if (text[i] == '\\')
          ++i;
      break;
    case '/':
      if (i + 1 < e && text[i + 1] == '/')
        while (i + 1 < e && text[i + 1] != '\n')
          ++i;
      break;
    case '(':
    case '[':
    case '{':
    case '<':
      if (++depth > maxDepth) {
        errors << buffer.getBufferIdentifier() << ":" << line << ":"
               << (i - lineStart + 1) << ": error: brackets nest more than "
               << maxDepth
               << " levels deep here; flatten the input, since no dfg graph "
                  "needs this depth\n";
        return failure();
      }
      break;
    case ')':
    case ']':
    case '}':
      if (depth > 0)
        --depth;
      break;
    case '>':
      // `->` in function types closes nothing.
      if (depth > 0 && !(i > 0 && text[i - 1] == '-'))
        --depth;
      break;
    default:
      break;
    }
  }
  return success();
}

LogicalResult dfg::checkSplitMarker(llvm::ArrayRef<char *> args,
                                    llvm::raw_ostream &errors) {
  for (llvm::StringRef arg : args.drop_front()) {
    llvm::StringRef marker;
    if (!arg.consume_front("--split-input-file=") &&
        !arg.consume_front("-split-input-file="))
      continue;
    marker = arg;
    if (marker.starts_with("//") && marker.size() > 2)
      continue;
    errors << "error: --split-input-file=" << marker
           << " is not a marker MLIR can split on; use a marker that starts "
              "with // and has more after it, such as the default // -----\n";
    return failure();
  }
  return success();
}

namespace {
/// Source files read for diagnostics, with the offset of each line start.
class SourceCache {
public:
  /// Returns whether `file` exists and is not a regular file: reading a
  /// device, pipe or terminal to show a line could block or never end.
  bool isSpecial(llvm::StringRef file) {
    auto [it, inserted] = special.try_emplace(file, false);
    if (inserted) {
      llvm::sys::fs::file_status status;
      it->second = !llvm::sys::fs::status(file, status) &&
                   status.type() != llvm::sys::fs::file_type::regular_file &&
                   status.type() != llvm::sys::fs::file_type::file_not_found;
    }
    return it->second;
  }

  /// Returns the text of line `line` (1-based) of `file`, or nothing when
  /// the file cannot be read, is not a regular file, or has no such line.
  std::optional<llvm::StringRef> getLine(llvm::StringRef file, unsigned line) {
    if (isSpecial(file))
      return std::nullopt;
    auto [it, inserted] = files.try_emplace(file);
    Entry &entry = it->second;
    if (inserted) {
      auto buffer = llvm::MemoryBuffer::getFile(file, /*IsText=*/true);
      if (buffer) {
        entry.buffer = std::move(*buffer);
        llvm::StringRef text = entry.buffer->getBuffer();
        entry.lineStarts.push_back(0);
        for (size_t i = 0, e = text.size(); i < e; ++i)
          if (text[i] == '\n')
            entry.lineStarts.push_back(i + 1);
      }
    }
    if (!entry.buffer || line == 0 || line > entry.lineStarts.size())
      return std::nullopt;
    llvm::StringRef text = entry.buffer->getBuffer();
    size_t start = entry.lineStarts[line - 1];
    size_t end = line < entry.lineStarts.size() ? entry.lineStarts[line] - 1
                                                : text.size();
    return text.slice(start, end).rtrim("\r");
  }

private:
  struct Entry {
    std::unique_ptr<llvm::MemoryBuffer> buffer;
    std::vector<size_t> lineStarts;
  };
  llvm::StringMap<Entry> files;
  llvm::StringMap<bool> special;
};
} // namespace

/// Lines up to this many bytes are printed whole by MLIR's own handler.
static constexpr size_t kLongLine = 240;
/// Bytes shown on each side of the column in a clipped line.
static constexpr size_t kWindow = 60;

/// Returns the location to show for `loc`: the first file location inside
/// it, or null.
static FileLineColLoc findFileLocation(Location loc) {
  FileLineColLoc found;
  loc->walk([&](Location nested) {
    if (auto file = dyn_cast<FileLineColLoc>(nested)) {
      found = file;
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return found;
}

static llvm::StringRef kindLabel(DiagnosticSeverity severity) {
  switch (severity) {
  case DiagnosticSeverity::Error:
    return "error";
  case DiagnosticSeverity::Warning:
    return "warning";
  case DiagnosticSeverity::Note:
    return "note";
  case DiagnosticSeverity::Remark:
    return "remark";
  }
  return "error";
}

/// Prints one diagnostic or note with a window of its source line.
static void printClipped(llvm::raw_ostream &os, SourceCache &sources,
                         const Diagnostic &diagnostic) {
  FileLineColLoc loc = findFileLocation(diagnostic.getLocation());
  if (!loc) {
    os << diagnostic.getLocation() << ": "
       << kindLabel(diagnostic.getSeverity()) << ": " << diagnostic << "\n";
    return;
  }
  os << loc.getFilename().getValue() << ":" << loc.getLine() << ":"
     << loc.getColumn() << ": " << kindLabel(diagnostic.getSeverity()) << ": "
     << diagnostic << "\n";

  std::optional<llvm::StringRef> line =
      sources.getLine(loc.getFilename().getValue(), loc.getLine());
  if (!line)
    return;
  size_t column = loc.getColumn() == 0 ? 0 : loc.getColumn() - 1;
  column = std::min(column, line->size());
  size_t begin = column > kWindow ? column - kWindow : 0;
  size_t end = std::min(line->size(), column + kWindow);
  llvm::StringRef prefix = begin > 0 ? "..." : "";
  os << prefix << line->slice(begin, end) << (end < line->size() ? "..." : "")
     << "\n";
  os.indent(prefix.size() + (column - begin)) << "^\n";
}

void dfg::registerLongLineDiagnosticHandler(MLIRContext &context,
                                            llvm::raw_ostream &os) {
  auto sources = std::make_shared<SourceCache>();
  context.getDiagEngine().registerHandler(
      [sources, &os](Diagnostic &diagnostic) -> LogicalResult {
        // Take over only when the diagnostic or one of its notes sits in a
        // long line or in a file that is not a regular file; MLIR's handler
        // prints everything else.
        auto isLong = [&](Location location) {
          FileLineColLoc loc = findFileLocation(location);
          if (!loc)
            return false;
          if (sources->isSpecial(loc.getFilename().getValue()))
            return true;
          std::optional<llvm::StringRef> line =
              sources->getLine(loc.getFilename().getValue(), loc.getLine());
          return line && line->size() > kLongLine;
        };
        bool anyLong = isLong(diagnostic.getLocation());
        for (const Diagnostic &note : diagnostic.getNotes())
          anyLong |= isLong(note.getLocation());
        if (!anyLong)
          return failure();

        printClipped(os, *sources, diagnostic);
        for (const Diagnostic &note : diagnostic.getNotes())
          printClipped(os, *sources, note);
        os.flush();
        return success();
      });
}
