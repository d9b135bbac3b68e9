<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Mine2AI Planner chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClimateTableModel</name>
    <message>
        <source>Dry-bulb °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wet-bulb °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 of the block falls outside the 12 × 2 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (allowed %3 – %4 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste climate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Remove site %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversionPanel</name>
    <message>
        <source>N (no redundancy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2(N+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed redundant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid (rear-door / in-row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquid, direct-to-chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Tier III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Tier IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of grid converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change converted share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequential (one trade after another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast-track (overlap design, procurement and works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change schedule mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energisation phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months between phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change phase spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: each phase&apos;s GPUs arrive just in time for its power. Checked: every GPU arrives in the given month (counted from the portfolio start); GPUs that then wait for power are reported as stranded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle fixed GPU delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPU delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 — Install GPU servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle GPU install step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills kW per rack, GPUs per rack and price per GPU from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose GPU platform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rack power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPUs per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPU price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 — Rebuild the electrical chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle electrical step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the installed blocks may carry critical load (domain.md §1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change redundancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change block size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change installed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 — Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: the hall stays air-cooled as mined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle cooling step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 — Facility and certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle facility step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing and dust filtration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring / BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocation (lease power and space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU cloud (own the GPUs, sell GPU-hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change business model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/kW-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colocation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant pays the hall&apos;s electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified-gross colocation lease: power is passed through to the tenant (TeraWulf and Cipher deals, 80–90 % NOI margins, domain.md §4.2–4.3). Untick if the rent must cover the energy bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change power pass-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPU-hour price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPU price decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU price decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rent escalator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rent escalator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lease-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months after RFS until the hall is fully let (0 = pre-let).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease-up after RFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change take-or-pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the contracted rent the tenant pays from RFS whatever it occupies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-or-pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lease term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed on the same terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacated: no rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change end of lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra schedule tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks added to the generated schedule. “Depends on” takes task ids separated by commas (e.g. design, grid-upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostAssumptionsDialog</name>
    <message>
        <source>Cost assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit costs shared by every site of the portfolio. Defaults and their sources are in docs/model.md (“Capex by step”, “Residual value”); estimates are marked there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex per conversion step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/MW IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 GPU fit-out (racks, network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Electrical, per installed MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/MW installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Cooling: air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Cooling: hybrid (rear-door)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Cooling: direct-to-chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Cooling: immersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Sealing and dust filtration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Fire suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Monitoring / BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Tier III certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Tier IV certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIC resale (credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/TH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations and value over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI hall O&amp;&amp;M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/MW IT/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining O&amp;&amp;M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/MW/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU depreciation life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the hall&apos;s book value at the end of the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight-line book value of the facility (and owned GPUs) returned in the horizon&apos;s last month; off = cash flows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease, cloud service and GPU life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance, property tax, management and non-recoverable costs of a colocation lease, as a share of rent (8 % puts the NOI margin at about 85 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocation lease costs, of rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff, support contracts, network, software and sales of a GPU cloud, as a share of its revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU cloud service costs, of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU useful life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh: buy the fleet again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire: the fleet stops earning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of its life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <source>Default 3.01 kW: Antminer S19 XP spec (domain.md §3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default 140 TH/s: Antminer S19 XP spec (domain.md §3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default 1.05: direct outside-air mining hall, fans count as IT (domain.md §2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default 45 USD/PH/day: 2024–2026 base case (domain.md §3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default −10 %/yr: difficulty growth erodes hashprice (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default 57.2 kW: 4 × DGX B200 at 14.3 kW (domain.md §3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default 150 USD/kW-month: colocation base case (domain.md §4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default 2.95 USD/h: H100 median of 58 providers, May 2026 (domain.md §4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default 70 %: share of GPU-hours sold (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default 15 %/yr: new GPU generations push prices down (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country presets: industrial tariffs (domain.md §6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country presets: grid carbon intensity (domain.md §6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default 10 %: financial parameters (domain.md §4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued grid upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued upgrade available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power price escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry-bulb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wet-bulb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power per miner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash rate per miner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashprice change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocation price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU price decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energisation phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months between phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU delivery month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit cap rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU hall fit-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier IV premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI hall O&amp;M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining O&amp;M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIC resale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanttWidget</name>
    <message>
        <source>Conversion schedule (Gantt chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks. First RFS %2; full capacity %3. Use the arrow keys to read each task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: month %2 to %3, %4 months of float, critical for %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (month %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Early start: %3&lt;br&gt;Early finish: %4&lt;br&gt;Duration: %5 months&lt;br&gt;Total float: %6 months (to %7)&lt;br&gt;Critical for: %8&lt;br&gt;Driving predecessor: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first RFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputNotesUi</name>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note and source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note and a source for &lt;b&gt;%1&lt;/b&gt;, shown in its tooltip, the report&apos;s appendix and the workbook&apos;s Inputs sheet. Plain text, up to %2 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. utility letter of 3 March 2026, or a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputNotesUi::Filter</name>
    <message>
        <source>Edit Note and Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note and Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Updated on screen in %1 ms (engines %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Sites from Spreads&amp;heet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mine2AI Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All charts (PNG and SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (CSV and Excel workbook)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost A&amp;ssumptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax and Financing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Two Sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site shown in the site view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site shown in the site view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Mine2AI Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen Last Project on Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sample portfolio loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine2AI projects (*.m2ai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine2AI projects (*.m2ai);;JSON portfolios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON portfolios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled project (“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine2AI Planner did not close normally last time.

A recovery copy of %1 with unsaved changes was saved %2.

Recover opens it (the original file stays as it was until you save); Discard deletes the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not recover %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine2AI Planner — User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mine2AI Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mine2AI Planner %1&lt;/h3&gt;&lt;p&gt;Plan the conversion of Bitcoin-mining sites into AI data centres: power budget, PUE, schedule and economics per site and for the portfolio.&lt;/p&gt;&lt;p&gt;Figures and their sources: see the user guide and docs/model.md.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tax and financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax and financing refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cost assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost assumptions refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sites from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New sites spreadsheet from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template written to %1: fill in one row per site, then File › Import Sites from Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: select cells of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) as tab-separated text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paste works in the portfolio table and the climate table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid with queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility per MW IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV vs mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental IRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the AI hall earns: colocation lease or GPU cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the grid (with the queue) given to the AI hall; the rest keeps mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid interconnect available today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid interconnect today plus the queued upgrade, when there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical IT load the power chain and grid (with the queue) allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy-weighted power usage effectiveness over the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First full month in service (critical path of the schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion capex: facility (with contingency) + GPU purchase − ASIC resale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned GPUs of a GPU cloud, first fleet (vendor price, no contingency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility capex per MW of IT, GPUs excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value of converting, over the portfolio horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV of converting minus NPV of keeping the whole site mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining: the IRR of converting&apos;s monthly net minus keep-mining&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRR of the converting plan&apos;s own monthly net, before tax, unlevered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First month the converting plan&apos;s cumulative net cash is positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals over feasible sites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1 sites, %2 infeasible excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total (%n sites)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change grid interconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Total row is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a number (allowed %4 – %5 %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: computed, not an input (paste into Site or Grid today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Nothing to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cell to paste at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, cell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: the block reaches past the table (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 (upgraded from file version %2; saving writes the new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: portfolio edit touched the sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portfolio keeps at least one site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly PUE, duration curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE duration curve (monthly means; no hourly weather)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in the year at or above this PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in each cooling mode, by technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! RFS, full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! RFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first RFS and full capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first RFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither milestone (has float)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (month %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical for ! RFS / ! full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task with float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First RFS: %1 · Full capacity: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine2AI Planner chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI capacity online by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT power online (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV by site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|NPV vs mining|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (infeasible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD M (discounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocation rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex: GPU fit-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex: electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex: cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex: facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-lead durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental NPV: each input ±%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1 % lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1 % higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in incremental NPV (USD M; base %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spider: incremental NPV against each input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the input (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental NPV (USD M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental NPV over %1 trials (P10 %2, P50 %3, P90 %4 USD M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First RFS: S-curve (in service by %1 in %2 % of trials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials in service (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power budget before and after conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility power (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (energy-weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar month (1 = January)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI capacity online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative net cash: converting vs keep mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative (USD M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex by conversion step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIC resale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex (USD M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3 to %4%5 — kept the previous value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number — kept the previous value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write into folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1, row %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design day and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of hours: %2 °C dry-bulb, %3 °C wet-bulb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours above design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE annual / design day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst hour PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, limited by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the electrical chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid at the design-day PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site elevation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE from means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WUE L/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economiser h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanical h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE and water are computed hour by hour from the site&apos;s weather; the power budget sizes IT so that the facility at the design condition fits the grid (cooling is capped there, so no hour draws more). Technologies compared at 30 MW IT on 40 MW installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: assumptions and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections (the title page is always included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the print preview: page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF report: page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all charts to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the charts: chart %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 files (PNG and SVG) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tables to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 CSV files and tables.xlsx to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD %1 M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — conversion plan report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine2AI Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · scenario %2 · Mine2AI Planner %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINE2AI PLANNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion plan report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine2AI Planner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years, discount rate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI IT capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV, keep mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental NPV of converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All figures are computed by the Mine2AI Planner engines from the inputs and cost assumptions listed in this report (see the appendix). Money is in %1, NPV discounted monthly at the portfolio discount rate over the horizon. Estimates are marked as such in the appendix; check them against quotes before committing capital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid MW today / queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex USD M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV USD M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ NPV USD M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incr. IRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasible total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (infeasible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (USD %3 M/MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Δ NPV = incremental NPV of converting vs keep mining; incremental IRR = IRR of converting&apos;s monthly net minus keep-mining&apos;s. Convert first (Δ NPV per MW of IT): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Infeasible — no AI revenue, ranked last, left out of the totals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule overview: conversion start to first RFS (filled) and full capacity (hollow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, full %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo on schedule and money together: %1 trials, seed %2. Market prices (hashprice, GPU-hour, GPU) are drawn once per trial for the whole portfolio; power price, rent, utilisation, capex overrun, PUE and every task duration per site (docs/model.md &quot;Sensitivity and risk&quot;). P(beats mining): share of trials with incremental NPV &gt; 0; P(RFS by %3): share in service by that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(beats mining)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First RFS P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(RFS by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs and conversion steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colocation, USD %1/kW-mo + power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colocation, USD %1/kW-mo incl. power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU cloud, USD %1/GPU-h, %2 sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2°, %3°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, USD %2/MWh (%3/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 g CO₂/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD %1/PH/day (%2/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of grid, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 GPU install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW/rack, %2 GPUs, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Electrical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 × %3 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when procurement ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phase(s), %2 months apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power budget (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid now / with queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted / mining grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed / usable chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: electrical chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racks / GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First ready for service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility capex per MW IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV within horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal value (PV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal value share of NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRR of converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project IRR after tax (unlevered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity IRR (after tax and debt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (below covenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income tax over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of 1 month delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miners off, keep / remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE annual / peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 t/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m³/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle-GPU cost (in NPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mining (the plan is infeasible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miners off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible — this plan cannot work: it earns no AI revenue, is ranked last and is left out of the portfolio totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion schedule (critical path in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No converting cash flow: the plan cannot work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU fit-out (racks, network, distribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD M per MW of IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD M per installed MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing and dust filtration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring / BMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III certification works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier IV certification works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;M, AI hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per MW of IT per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;M, mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per MW per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD per TH/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocation lease and property costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU cloud service costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of GPU revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU useful life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years; then the fleet is bought again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years; then the fleet stops earning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility life (residual value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years; residual value counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years; residual value ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIC models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible — the plan cannot work, so it earns no AI revenue and is left out of the portfolio totals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 infeasible — excluded from totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Tier III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Tier IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N (no redundancy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2(N+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distributed redundant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hydro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>natural gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nuclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Notes on inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report&apos;s title and risk pages of this run as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to see how the inputs move the answer and how likely it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs changed since this run: Run again for current figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 trials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trials, seed %2. Portfolio incremental NPV P10 / P50 / P90: %3 / %4 / %5 USD M; converting beats mining in %6 % of trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the risk analysis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteBinder</name>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteComparison</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 USD/MWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 USD/PH/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 USD/kW-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 USD/GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>air-cooled as mined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly weather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV vs mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteComparisonDialog</name>
    <message>
        <source>Compare Two Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input or result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sites differ here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDashboard</name>
    <message>
        <source>Power and PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash flow and capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV vs mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal value share of NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity IRR after tax and debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical IT load the grid share and the redundant power chain allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs installed (racks × GPUs per rack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy-weighted PUE over the year with this site&apos;s climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First full month in service, end of the critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion capex including contingency, net of ASIC resale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value of converting over the portfolio horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV of converting minus NPV of keeping the whole site mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRR of converting&apos;s monthly net minus keep-mining&apos;s: the return on the decision to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of the terminal value (the hall&apos;s worth at the horizon&apos;s end) as a share of NPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRR of the equity&apos;s monthly flows: converting&apos;s net after income tax, plus debt drawdowns, minus debt service (Edit ▸ Tax and Financing…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest yearly debt service coverage: operating cash after tax ÷ scheduled interest and principal; — without debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility %1 (%2 per MW of IT, GPUs excluded) + GPU purchase %3, net of ASIC resale %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex (facility %1/MW IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net present value of converting over the portfolio horizon: USD %1 M within the horizon + USD %2 M terminal value (present value). IRR of converting: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Project IRR after tax (unlevered): %2; income tax over the horizon: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible: no NPV figures (see the Infeasible tab) · keep mining: miners off in %1 month(s) of negative margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPV within the horizon %1 · terminal value %2 (present value %3) · IRR of converting %4 · keep mining: miners off in %5 month(s) of negative margin · mining share that stays: off in %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by the usable capacity of the electrical chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by the grid share converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible — this plan cannot work, so it earns no AI revenue and is left out of the portfolio totals and ranked last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings for this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infeasible (%1) · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <source>Hydro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills latitude, longitude, energy source, power price, grid carbon and the 12-month climate from the preset (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> °</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change grid interconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra capacity requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle grid queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change queued grid capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid queue year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid queue month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year the queued capacity becomes available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (1–12) the queued capacity becomes available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change grid queue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available from (year, month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change energy source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/MWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change power price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change price escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> g/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change grid carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate (monthly normals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit. The preset values come from the country&apos;s climate normals (domain.md §6.1–6.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from EPW weather file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the climate by an EnergyPlus weather file (TMY/EPW): its 8,760 hours (PUE and water are then computed hour by hour and the plant sized on its 0.4 % hours) and their monthly means; wet-bulb is computed from dry-bulb, humidity and pressure hour by hour. Offers the station&apos;s location and elevation for the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import climate from EPW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EnergyPlus weather files (*.epw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station %1 is %2 km from the site (more than %3 km): its hours may not represent the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also use the station&apos;s location for the site?

%1: %2°, %3°, %4 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import climate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import climate from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate from %1 (%2 hours, PUE and water hour by hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climate from %1 (%2 hours, monthly means only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; location and elevation from the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design day and altitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change elevation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size the plant on a design temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a site without hourly weather: the 0.4 % annual cooling dry-bulb and evaporation wet-bulb (ASHRAE). Off: the hottest month&apos;s mean sizes the plant. A country preset proposes one (docs/model.md &quot;Design temperature defaults&quot;); an imported EPW brings its own hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change design temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change design dry-bulb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change design wet-bulb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design dry-bulb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design wet-bulb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining fleet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills kW and TH/s per unit from the ASIC catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ASIC count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ASIC power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashrate per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> TH/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ASIC hashrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change mining PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/PH/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hashprice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashprice change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hashprice trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply country preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ASIC model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteGroups</name>
    <message>
        <source>Others (%1 sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — top %1 of %2 sites by %3, others summed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesImport</name>
    <message>
        <source>The file holds no site rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n site(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace sites with %n imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesImportDialog</name>
    <message>
        <source>Import sites from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Append the imported sites (keep the %n current)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place the current sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) read, no bad cell.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad cell(s): nothing can be imported until the file is fixed. Each is marked below and listed by row and column.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no site rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxFinancingDialog</name>
    <message>
        <source>Tax and financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate income tax comes from each site&apos;s country preset (sources in docs/model.md “Tax and financing”). The pre-tax NPV and IRRs do not change here; these settings add the after-tax project IRR, the equity IRR and the minimum DSCR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge corporate income tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight line by asset class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US MACRS with bonus (United States sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate where no preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) with their own rate (kept)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Debt and equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance construction with debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan to cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenor (level repayment from RFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum DSCR (covenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Mine2AI Planner restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTaskTableModel</name>
    <message>
        <source>Comma-separated task ids, e.g. design, grid-upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit schedule task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add schedule task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove schedule task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the conversion of Bitcoin-mining sites into AI data centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in sample portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show site N (1-based) in the site view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .m2ai project or a .json portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
