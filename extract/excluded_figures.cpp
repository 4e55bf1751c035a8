// Words that say a figure is not the spec its field names; tested through tests/extract/field_cues_test.cpp and tests/cases/scope.
#include "extract/excluded_figures.h"

#include <string>

namespace extract {

const RE2& power_exclusion_words() {
  static const RE2 re(
      "(?i)\\b(psu|power supply|supply|total|server|system|rack|node|recommended|idle|average|averaged|averages|averaging|avg|"
      "measured|overclocked|in our|our (?:gaming|test|benchmark)\\w*|loop|netzteil|im mittel|durchschnittlich|"
      // what a card did on the bench, not what it is rated for: "peaked at 295 W", "drew 320 W"
      "peaked|peaking|spiked|spikes|spiking|transients?|drew|logged|recorded|"
      // loads and tools of a power test; a laptop figure that counts Dynamic Boost
      "pulled|pulls|pulling|furmark|playback|stress|dynamic boost|held|holding|sustained|sustaining|"
      // "We cap GH200 modules at 900 W": the site's own setting
      "we (?:\\w+ )?(?:cap|capped|set|limit|limited|configured|run|ran)|"
      // "idles at roughly 35 W", "with ASPM on, it dropped to under 15 W"
      "idles?|idled|idling|aspm|dropped|drops|dips|dipped|"
      // "19 W at the wall", "a 500 W power brick", "a 240 W adapter": the whole machine or its supply
      "wall|bricks?|adapters?|chargers?|docks?|enclosures?|"
      // "plus roughly 2 kW for CPUs, NICs and fans": the rest of the machine
      "cpus?|nics?|fans|overhead|"
      // "an 850 W unit is plenty": the power supply unit
      "units?|"
      // "The power graph ... no longer clips at 350 W": a chart's scale
      "graphs?|charts?|axis|clips|clipped|scale|"
      // "During the L40S run nvidia-smi reported about 290 W": a tool's reading
      "reported|reporting|observed|observing|nvidia-smi|rocm-smi|amd-smi|telemetry|readings?|readouts?|"
      // "An L4 sat at 58 W", "sat near 190 W on our bench"
      "sat|hovered|hovering|settled|capped at|capping at|caps (?:every|all|each|our)|"
      // "drop the limit to 80% (360 W)", "First test on my used 4090: 88 fps, ~365 W"
      "(?:drop|set|lower|cap)\\w*\\s+(?:the\\s+)?(?:power\\s+)?limit\\s+to|fps|(?:first|my|a quick|one)\\s+(?:test|run|bench)\\w*|"
      // "For the RTX 5070 Ti, plan on 750 W"
      "plan(?:s|ned)? (?:on|for)|budget\\w*|"
      // "I power-limit mine to 350 W", "undervolted to 300 W": the owner's own setting
      "power[- ]limit\\w*|undervolt\\w*|(?:cap|limit)(?:s|ped|ed)? (?:mine|it|the card|ours)|"

      "alimentation|en moyenne)\\b");
  return re;
}

// "total board power" and "total graphics power" are the rating itself; other totals are not.
bool power_excluded_in(std::string_view text) {
  static const RE2 rating("(?i)total (?:board|graphics) power");
  std::string t(text);
  RE2::GlobalReplace(&t, rating, "board power");
  return RE2::PartialMatch(t, power_exclusion_words());
}

const RE2& excluded_memory_words() {
  static const RE2 re("(?i)\\b(model|weights?|context|kv|cache|system ram|ram\\b|ddr[345]x?|lpddr\\w*|storage|ssd|nvme|disk|shared|per stack|stacks?|host|cpu|mig|instances?|slices?|partitions?|vgpu|profiles?|"
                      // "Models that do not fit in 32 GB": a threshold, not a card's memory
                      "(?:do not|don't|does not|doesn't|won't|cannot|can't|will not) fit(?: in| into| within)?|"
                      // "Starfield plus OBS hit 7.7 GB": memory in use, not the card's
                      "hit|hits|usage|allocat\\w*|in use|consum\\w*|occupied|occupies|reached|peaked|eats|ate|filled|fills|"
                      // "can assign up to 96 GB to the GPU": a share of shared memory
                      "assign\\w*|reserv\\w*|carv\\w*|set aside|"
                      // "renders a 60 GB scene": the work's size, not the card's
                      "scenes?|datasets?|projects?|files?|textures?|assets?|checkpoints?)\\b");
  return re;
}

}  // namespace extract
