// Foundry node names as process figures ("TSMC 4N", "Samsung 8N", "N4P", "12FFN process"); tested in tests/extract/quantity_parser_test.cpp.
#pragma once
#include <string_view>
#include <vector>

#include "extract/quantity_parser.h"

namespace extract {

// Every node name in `text` that a foundry word before it, or "process"/"node" after it,
// marks as a manufacturing process, as a figure in nm: the number the node is marketed by
// (TSMC 4N and 4NP are "4", N6 is "6", 12FFN is "12"). The catalog keeps the exact node
// beside its nm value, and accepts 4 for the 5 nm-class 4N.
std::vector<FoundQuantity> find_process_nodes(std::string_view text);

}  // namespace extract
