<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>无法锁定 %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Norway (inland Trøndelag, price area NO3)</source>
        <translation>挪威（特伦德拉格内陆，NO3 电价区）</translation>
    </message>
    <message>
        <source>Bhutan (western hills, Gedu/Thimphu)</source>
        <translation>不丹（西部山区，盖杜/廷布）</translation>
    </message>
    <message>
        <source>Ethiopia (Addis Ababa area, EEP grid)</source>
        <translation>埃塞俄比亚（亚的斯亚贝巴地区，EEP 电网）</translation>
    </message>
    <message>
        <source>United States (central Texas, ERCOT)</source>
        <translation>美国（得克萨斯州中部，ERCOT）</translation>
    </message>
    <message>
        <source>Canada (Alberta, Calgary area)</source>
        <translation>加拿大（艾伯塔省，卡尔加里地区）</translation>
    </message>
    <message>
        <source>Air (as mined): airside economiser, fans, adiabatic assist</source>
        <translation>风冷（沿用挖矿方案）：风侧节能器、风机、绝热辅助</translation>
    </message>
    <message>
        <source>Hybrid: air plus rear-door heat exchangers on a tower water loop</source>
        <translation>混合冷却：风冷加背板换热器，接冷却塔水环路</translation>
    </message>
    <message>
        <source>Direct-to-chip liquid (~75 % of heat to W32 warm water) + dry cooler / tower</source>
        <translation>冷板式液冷（约 75 % 热量进入 W32 温水）+ 干冷器 / 冷却塔</translation>
    </message>
    <message>
        <source>Single-phase immersion with dry coolers</source>
        <translation>单相浸没式液冷，配干冷器</translation>
    </message>
    <message>
        <source>4 systems per rack, air</source>
        <translation>每机柜 4 套系统，风冷</translation>
    </message>
    <message>
        <source>72 GPUs per rack, liquid</source>
        <translation>每机柜 72 个 GPU，液冷</translation>
    </message>
    <message>
        <source>Custom platform</source>
        <translation>自定义平台</translation>
    </message>
</context>
<context>
    <name>ChartNames</name>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损耗</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>挖矿</translation>
    </message>
    <message>
        <source>PUE by month</source>
        <translation>逐月 PUE</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>年均 PUE</translation>
    </message>
    <message>
        <source>IT online</source>
        <translation>已投运 IT</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>具备投运条件</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>改造</translation>
    </message>
    <message>
        <source>Keep mining</source>
        <translation>继续挖矿</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>Incremental NPV vs keep mining</source>
        <translation>相对继续挖矿的增量净现值</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Mine2AI Planner chart</source>
        <translation>Mine2AI Planner 图表</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PNG size</source>
        <translation>PNG 尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>宽度(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>高度(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>分辨率(&amp;R)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>另存为 SVG…</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>将图表另存为 SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>CliClimate</name>
    <message>
        <source>%1 hourly rows; a year of 8760 or 8784 is needed</source>
        <translation>%1 行逐时数据；需要一整年的 8760 或 8784 行</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>no site named &quot;%1&quot;</source>
        <translation>没有名为“%1”的场址</translation>
    </message>
    <message>
        <source>warning: the station %1 is %2 km from the site &quot;%3&quot; (more than %4 km); its hours may not represent the site</source>
        <translation>警告：气象站 %1 距场址“%3”%2 km（超过 %4 km）；其逐时数据可能不能代表该场址</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; now has %2 hours from %3 and its location</source>
        <translation>场址“%1”现有来自 %3 的 %2 小时数据及其位置</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; now has %2 hours from %3</source>
        <translation>场址“%1”现有来自 %3 的 %2 小时数据</translation>
    </message>
</context>
<context>
    <name>CliDispatch</name>
    <message>
        <source>Try &apos;mine2ai-cli --help&apos;.</source>
        <translation>请尝试“mine2ai-cli --help”。</translation>
    </message>
    <message>
        <source>%1 %2 is required</source>
        <translation>必须提供 %1 %2</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 给出了不止一次</translation>
    </message>
    <message>
        <source>%1 needs a value (%2)</source>
        <translation>%1 需要一个值（%2）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 must be %2, got &apos;%3&apos;</source>
        <translation>%1 必须是 %2，收到的是“%3”</translation>
    </message>
    <message>
        <source>missing %1 (usage: mine2ai-cli %2)</source>
        <translation>缺少 %1（用法：mine2ai-cli %2）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (usage: mine2ai-cli %2)</source>
        <translation>意外的参数“%1”（用法：mine2ai-cli %2）</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未给出命令</translation>
    </message>
    <message>
        <source>help takes one command name, got &apos;%1&apos;</source>
        <translation>help 只接受一个命令名，收到的是“%1”</translation>
    </message>
    <message>
        <source>--generate takes one of %1</source>
        <translation>--generate 只接受以下之一：%1</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
</context>
<context>
    <name>CliLanguage</name>
    <message>
        <source>--lang needs a value (fr, zh_CN, es or en)</source>
        <translation>--lang 需要一个值（fr、zh_CN、es 或 en）</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>%1 writes a file; &quot;-&quot; (standard output) is not supported</source>
        <translation>%1 写入文件；不支持“-”（标准输出）</translation>
    </message>
    <message>
        <source>--sites needs at least one site name</source>
        <translation>--sites 至少需要一个场址名称</translation>
    </message>
    <message>
        <source>no site named &apos;%1&apos; (sites: %2)</source>
        <translation>没有名为“%1”的场址（场址：%2）</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n pages)</source>
        <translation>
            <numerusform>已写入 %1（%n 页）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRisk</name>
    <message>
        <source>--trials takes a whole number, not &apos;%1&apos;</source>
        <translation>--trials 需要整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed takes a whole number 0 or more, not &apos;%1&apos;</source>
        <translation>--seed 需要大于或等于 0 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--threads takes 0–256 (0 = every core), not &apos;%1&apos;</source>
        <translation>--threads 需要 0–256（0 = 全部核心），而不是“%1”</translation>
    </message>
    <message>
        <source>--bins takes a whole number, not &apos;%1&apos;</source>
        <translation>--bins 需要整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--rfs-by takes YYYY-MM, not &apos;%1&apos;</source>
        <translation>--rfs-by 需要 YYYY-MM 格式，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>CliSensitivity</name>
    <message>
        <source>--pct takes a number, not &apos;%1&apos;</source>
        <translation>--pct 需要数字，而不是“%1”</translation>
    </message>
    <message>
        <source>--spider takes a whole number, not &apos;%1&apos;</source>
        <translation>--spider 需要整数，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>Try &apos;mine2ai-cli %1 --help&apos;.</source>
        <translation>请尝试“mine2ai-cli %1 --help”。</translation>
    </message>
    <message>
        <source>standard input is larger than the %1 MiB limit for a portfolio JSON file</source>
        <translation>标准输入超过了项目组合 JSON 文件 %1 MiB 的上限</translation>
    </message>
    <message>
        <source>a project file (.m2ai) cannot be read from standard input; name the file</source>
        <translation>无法从标准输入读取项目文件（.m2ai）；请给出文件名</translation>
    </message>
    <message>
        <source>standard input is not a Mine2AI portfolio JSON document</source>
        <translation>标准输入不是 Mine2AI 项目组合 JSON 文档</translation>
    </message>
    <message>
        <source>%1 is a folder (&apos;%2&apos;), not a file name</source>
        <translation>%1 是文件夹（“%2”），不是文件名</translation>
    </message>
    <message>
        <source>writing %1 (%2 had no extension)</source>
        <translation>正在写入 %1（%2 没有扩展名）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 must end in %2, got &apos;%3&apos;</source>
        <translation>%1 必须以 %2 结尾，收到的是“%3”</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliValidate</name>
    <message numerus="yes">
        <source>valid (%n sites)</source>
        <translation>
            <numerusform>有效（%n 个场址）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Climate</name>
    <message>
        <source>%1: not an EnergyPlus weather file (line 1 must start with LOCATION)</source>
        <translation>%1：不是 EnergyPlus 气象文件（第 1 行必须以 LOCATION 开头）</translation>
    </message>
    <message>
        <source>%1: line 1: latitude/longitude are not numbers</source>
        <translation>%1：第 1 行：纬度/经度不是数字</translation>
    </message>
    <message>
        <source>%1: line %2: not an hourly EPW record</source>
        <translation>%1：第 %2 行：不是 EPW 逐时记录</translation>
    </message>
    <message>
        <source>%1: no hourly data for month %2</source>
        <translation>%1：第 %2 月没有逐时数据</translation>
    </message>
    <message>
        <source>%1: cannot open the weather file</source>
        <translation>%1：无法打开气象文件</translation>
    </message>
    <message>
        <source>hourly climate: %1 dry-bulb rows; allowed 8760 or 8784</source>
        <translation>逐时气候：干球温度有 %1 行；允许 8760 或 8784 行</translation>
    </message>
    <message>
        <source>hourly climate: dry-bulb, wet-bulb and pressure must have the same number of rows</source>
        <translation>逐时气候：干球温度、湿球温度和气压的行数必须相同</translation>
    </message>
    <message>
        <source>hourly climate: dry-bulb at hour %1 outside −90…60 °C</source>
        <translation>逐时气候：第 %1 小时的干球温度超出 −90…60 °C</translation>
    </message>
    <message>
        <source>hourly climate: wet-bulb at hour %1 above the dry-bulb or not a number</source>
        <translation>逐时气候：第 %1 小时的湿球温度高于干球温度或不是数字</translation>
    </message>
    <message>
        <source>hourly climate: pressure at hour %1 outside 30000…110000 Pa</source>
        <translation>逐时气候：第 %1 小时的气压超出 30000…110000 Pa</translation>
    </message>
    <message>
        <source>holds %1 bytes; %2 hours of float32 take %3</source>
        <translation>包含 %1 字节；%2 小时的 float32 数据应占 %3 字节</translation>
    </message>
    <message>
        <source>is not a finite number at hour %1</source>
        <translation>第 %1 小时的值不是有限数</translation>
    </message>
    <message>
        <source>is not base64 (its length %1 is not a multiple of 4)</source>
        <translation>不是 base64（长度 %1 不是 4 的倍数）</translation>
    </message>
    <message>
        <source>is not base64 (character %1)</source>
        <translation>不是 base64（第 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>ClimateTableModel</name>
    <message>
        <source>Dry-bulb °C</source>
        <translation>干球温度 °C</translation>
    </message>
    <message>
        <source>Wet-bulb °C</source>
        <translation>湿球温度 °C</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>Edit climate</source>
        <translation>编辑气候</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>未选择场址</translation>
    </message>
    <message>
        <source>cell %1 of the block falls outside the 12 × 2 table</source>
        <translation>块中的单元格 %1 超出 12 × 2 表格范围</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (allowed %3 – %4 °C)</source>
        <translation>%1：“%2”不是数字（允许 %3 – %4 °C）</translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: %1</source>
        <translation>粘贴被拒绝，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Paste climate</source>
        <translation>粘贴气候</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Remove site %1</source>
        <translation>删除场址 %1</translation>
    </message>
</context>
<context>
    <name>ConversionPanel</name>
    <message>
        <source>N (no redundancy)</source>
        <translation>N（无冗余）</translation>
    </message>
    <message>
        <source>N+1</source>
        <translation>N+1</translation>
    </message>
    <message>
        <source>2N</source>
        <translation>2N</translation>
    </message>
    <message>
        <source>2(N+1)</source>
        <translation>2(N+1)</translation>
    </message>
    <message>
        <source>Distributed redundant</source>
        <translation>分布式冗余</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <source>Hybrid (rear-door / in-row)</source>
        <translation>混合冷却（背板 / 列间）</translation>
    </message>
    <message>
        <source>Liquid, direct-to-chip</source>
        <translation>液冷，冷板式</translation>
    </message>
    <message>
        <source>Immersion</source>
        <translation>浸没式液冷</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Uptime Tier III</source>
        <translation>Uptime Tier III</translation>
    </message>
    <message>
        <source>Uptime Tier IV</source>
        <translation>Uptime Tier IV</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Share of grid converted</source>
        <translation>改造的电网容量比例</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Change converted share</source>
        <translation>更改改造比例</translation>
    </message>
    <message>
        <source>Sequential (one trade after another)</source>
        <translation>顺序施工（各专业依次进行）</translation>
    </message>
    <message>
        <source>Fast-track (overlap design, procurement and works)</source>
        <translation>快速通道（设计、采购与施工搭接）</translation>
    </message>
    <message>
        <source>Change schedule mode</source>
        <translation>更改进度模式</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>进度计划</translation>
    </message>
    <message>
        <source>Energisation phases</source>
        <translation>送电分期</translation>
    </message>
    <message>
        <source>Change phases</source>
        <translation>更改分期</translation>
    </message>
    <message>
        <source>Months between phases</source>
        <translation>分期间隔月数</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Change phase spacing</source>
        <translation>更改分期间隔</translation>
    </message>
    <message>
        <source>Fixed at</source>
        <translation>固定于</translation>
    </message>
    <message>
        <source>Unchecked: each phase&apos;s GPUs arrive just in time for its power. Checked: every GPU arrives in the given month (counted from the portfolio start); GPUs that then wait for power are reported as stranded.</source>
        <translation>未勾选：每期 GPU 恰好在该期电力就绪时到货。勾选：所有 GPU 在指定月份到货（从项目组合起始月起算）；到货后仍需等待电力的 GPU 记为闲置 GPU。</translation>
    </message>
    <message>
        <source>Toggle fixed GPU delivery</source>
        <translation>切换固定 GPU 交付</translation>
    </message>
    <message>
        <source>Change GPU delivery</source>
        <translation>更改 GPU 交付</translation>
    </message>
    <message>
        <source>month </source>
        <translation>月份 </translation>
    </message>
    <message>
        <source>GPU delivery</source>
        <translation>GPU 交付</translation>
    </message>
    <message>
        <source>Step 1 — Install GPU servers</source>
        <translation>步骤 1 — 安装 GPU 服务器</translation>
    </message>
    <message>
        <source>Toggle GPU install step</source>
        <translation>切换 GPU 安装步骤</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Fills kW per rack, GPUs per rack and price per GPU from the catalogue</source>
        <translation>从目录填入每机柜 kW、每机柜 GPU 数和每块 GPU 价格</translation>
    </message>
    <message>
        <source>Choose GPU platform %1</source>
        <translation>选择 GPU 平台 %1</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Power per rack</source>
        <translation>每机柜功率</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Change rack power</source>
        <translation>更改机柜功率</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>每机柜 GPU 数</translation>
    </message>
    <message>
        <source>Change GPUs per rack</source>
        <translation>更改每机柜 GPU 数</translation>
    </message>
    <message>
        <source>Price per GPU</source>
        <translation>每块 GPU 价格</translation>
    </message>
    <message>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <source>Change GPU price</source>
        <translation>更改 GPU 价格</translation>
    </message>
    <message>
        <source>Step 2 — Rebuild the electrical chain</source>
        <translation>步骤 2 — 电气改造</translation>
    </message>
    <message>
        <source>Toggle electrical step</source>
        <translation>切换电气步骤</translation>
    </message>
    <message>
        <source>How much of the installed blocks may carry critical load (domain.md §1.2)</source>
        <translation>已安装供电模块中可承载关键负载的比例（domain.md §1.2）</translation>
    </message>
    <message>
        <source>Change redundancy</source>
        <translation>更改冗余</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>冗余</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>模块容量</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Change block size</source>
        <translation>更改模块容量</translation>
    </message>
    <message>
        <source>Installed blocks</source>
        <translation>已安装模块数</translation>
    </message>
    <message>
        <source>Change installed blocks</source>
        <translation>更改已安装模块数</translation>
    </message>
    <message>
        <source>Step 3 — Cooling</source>
        <translation>步骤 3 — 冷却</translation>
    </message>
    <message>
        <source>Unchecked: the hall stays air-cooled as mined</source>
        <translation>未勾选：机房保持挖矿时的风冷</translation>
    </message>
    <message>
        <source>Toggle cooling step</source>
        <translation>切换冷却步骤</translation>
    </message>
    <message>
        <source>Change cooling</source>
        <translation>更改冷却</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Step 4 — Facility and certification</source>
        <translation>步骤 4 — 设施与认证</translation>
    </message>
    <message>
        <source>Toggle facility step</source>
        <translation>切换设施步骤</translation>
    </message>
    <message>
        <source>Toggle %1</source>
        <translation>切换 %1</translation>
    </message>
    <message>
        <source>Sealing and dust filtration</source>
        <translation>密封与防尘过滤</translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation>灭火系统</translation>
    </message>
    <message>
        <source>Monitoring / BMS</source>
        <translation>监控 / BMS</translation>
    </message>
    <message>
        <source>Change certification</source>
        <translation>更改认证</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>商业模式</translation>
    </message>
    <message>
        <source>Colocation (lease power and space)</source>
        <translation>托管（出租电力与空间）</translation>
    </message>
    <message>
        <source>GPU cloud (own the GPUs, sell GPU-hours)</source>
        <translation>GPU 云（自有 GPU，出售 GPU 小时）</translation>
    </message>
    <message>
        <source>Change business model</source>
        <translation>更改商业模式</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模式</translation>
    </message>
    <message>
        <source> USD/kW-month</source>
        <translation> USD/kW·月</translation>
    </message>
    <message>
        <source>Change colocation rate</source>
        <translation>更改托管租金</translation>
    </message>
    <message>
        <source>Colocation rate</source>
        <translation>托管租金</translation>
    </message>
    <message>
        <source>Tenant pays the hall&apos;s electricity</source>
        <translation>租户支付机房电费</translation>
    </message>
    <message>
        <source>Modified-gross colocation lease: power is passed through to the tenant (TeraWulf and Cipher deals, 80–90 % NOI margins, domain.md §4.2–4.3). Untick if the rent must cover the energy bill.</source>
        <translation>修正毛租式托管租约：电费转由租户承担（TeraWulf 与 Cipher 的交易，NOI 利润率 80–90 %，domain.md §4.2–4.3）。如租金须覆盖电费，请取消勾选。</translation>
    </message>
    <message>
        <source>Change power pass-through</source>
        <translation>更改电费转嫁</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source> USD/GPU-hour</source>
        <translation> USD/GPU·小时</translation>
    </message>
    <message>
        <source>Change GPU-hour price</source>
        <translation>更改每 GPU 小时价格</translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation>每 GPU 小时价格</translation>
    </message>
    <message>
        <source>Change utilisation</source>
        <translation>更改利用率</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>GPU 利用率</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/年</translation>
    </message>
    <message>
        <source>Change GPU price decline</source>
        <translation>更改 GPU 价格降幅</translation>
    </message>
    <message>
        <source>GPU price decline</source>
        <translation>GPU 价格降幅</translation>
    </message>
    <message>
        <source>Change rent escalator</source>
        <translation>更改租金递增率</translation>
    </message>
    <message>
        <source>Rent escalator</source>
        <translation>租金递增率</translation>
    </message>
    <message>
        <source>Change lease-up</source>
        <translation>更改出租爬坡期</translation>
    </message>
    <message>
        <source>Months after RFS until the hall is fully let (0 = pre-let).</source>
        <translation>投运后直至机房全部租出的月数（0 = 预租）。</translation>
    </message>
    <message>
        <source>Lease-up after RFS</source>
        <translation>投运后出租爬坡期</translation>
    </message>
    <message>
        <source>Change take-or-pay</source>
        <translation>更改照付不议</translation>
    </message>
    <message>
        <source>Share of the contracted rent the tenant pays from RFS whatever it occupies.</source>
        <translation>自投运起，无论实际占用多少，租户均须支付的合同租金比例。</translation>
    </message>
    <message>
        <source>Take-or-pay</source>
        <translation>照付不议</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Change lease term</source>
        <translation>更改租期</translation>
    </message>
    <message>
        <source>Lease term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Renewed on the same terms</source>
        <translation>按相同条款续租</translation>
    </message>
    <message>
        <source>Vacated: no rent</source>
        <translation>退租：无租金</translation>
    </message>
    <message>
        <source>Change end of lease</source>
        <translation>更改租约到期处理</translation>
    </message>
    <message>
        <source>After the term</source>
        <translation>租期结束后</translation>
    </message>
    <message>
        <source>Extra schedule tasks</source>
        <translation>额外进度任务</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Tasks added to the generated schedule. “Depends on” and “Must finish before” take task ids separated by commas (e.g. design, grid-upgrade; gpu-install).</source>
        <translation>添加到生成进度中的任务。“依赖于”和“须在其之前完成”填写以逗号分隔的任务 ID（例如 design, grid-upgrade；gpu-install）。</translation>
    </message>
</context>
<context>
    <name>CostAssumptionsDialog</name>
    <message>
        <source>Cost assumptions</source>
        <translation>成本假设</translation>
    </message>
    <message>
        <source>Unit costs shared by every site of the portfolio. Defaults and their sources are in docs/model.md (“Capex by step”, “Residual value”); estimates are marked there.</source>
        <translation>项目组合内所有场址共用的单位成本。默认值及其来源见 docs/model.md（“Capex by step”“Residual value”）；其中标明了估算值。</translation>
    </message>
    <message>
        <source>Capex per conversion step</source>
        <translation>各改造步骤的资本支出</translation>
    </message>
    <message>
        <source> USD/MW IT</source>
        <translation> USD/MW IT</translation>
    </message>
    <message>
        <source>1 GPU fit-out (racks, network)</source>
        <translation>1 GPU 部署（机柜、网络）</translation>
    </message>
    <message>
        <source>2 Electrical, per installed MW</source>
        <translation>2 电气，按已安装 MW</translation>
    </message>
    <message>
        <source> USD/MW installed</source>
        <translation> USD/已安装 MW</translation>
    </message>
    <message>
        <source>3 Cooling: air</source>
        <translation>3 冷却：风冷</translation>
    </message>
    <message>
        <source>3 Cooling: hybrid (rear-door)</source>
        <translation>3 冷却：混合（背板）</translation>
    </message>
    <message>
        <source>3 Cooling: direct-to-chip</source>
        <translation>3 冷却：冷板式液冷</translation>
    </message>
    <message>
        <source>3 Cooling: immersion</source>
        <translation>3 冷却：浸没式液冷</translation>
    </message>
    <message>
        <source>4 Sealing and dust filtration</source>
        <translation>4 密封与防尘过滤</translation>
    </message>
    <message>
        <source>4 Fire suppression</source>
        <translation>4 灭火系统</translation>
    </message>
    <message>
        <source>4 Monitoring / BMS</source>
        <translation>4 监控 / BMS</translation>
    </message>
    <message>
        <source>4 Tier III certification</source>
        <translation>4 Tier III 认证</translation>
    </message>
    <message>
        <source>4 Tier IV certification</source>
        <translation>4 Tier IV 认证</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>不可预见费</translation>
    </message>
    <message>
        <source>ASIC resale (credit)</source>
        <translation>ASIC 转售（抵扣）</translation>
    </message>
    <message>
        <source> USD/TH</source>
        <translation> USD/TH</translation>
    </message>
    <message>
        <source>Operations and value over time</source>
        <translation>运营与长期价值</translation>
    </message>
    <message>
        <source>AI hall O&amp;&amp;M</source>
        <translation>AI 机房运维</translation>
    </message>
    <message>
        <source> USD/MW IT/yr</source>
        <translation> USD/MW IT/年</translation>
    </message>
    <message>
        <source>Mining O&amp;&amp;M</source>
        <translation>挖矿运维</translation>
    </message>
    <message>
        <source> USD/MW/yr</source>
        <translation> USD/MW/年</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>GPU depreciation life</source>
        <translation>GPU 折旧年限</translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation>设施寿命</translation>
    </message>
    <message>
        <source>Count the hall&apos;s book value at the end of the horizon</source>
        <translation>计入评估期末机房的账面价值</translation>
    </message>
    <message>
        <source>Straight-line book value of the facility (and owned GPUs) returned in the horizon&apos;s last month; off = cash flows only.</source>
        <translation>设施（及自有 GPU）按直线法计算的账面价值在评估期最后一个月回收；关闭 = 仅计现金流。</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>残值</translation>
    </message>
    <message>
        <source>Lease, cloud service and GPU life</source>
        <translation>租约、云服务与 GPU 寿命</translation>
    </message>
    <message>
        <source>Insurance, property tax, management and non-recoverable costs of a colocation lease, as a share of rent (8 % puts the NOI margin at about 85 %).</source>
        <translation>托管租约的保险、房产税、管理费及不可转嫁成本，占租金的比例（8 % 时 NOI 利润率约为 85 %）。</translation>
    </message>
    <message>
        <source>Colocation lease costs, of rent</source>
        <translation>托管租约成本（占租金）</translation>
    </message>
    <message>
        <source>Staff, support contracts, network, software and sales of a GPU cloud, as a share of its revenue.</source>
        <translation>GPU 云的人员、支持合同、网络、软件及销售费用，占其收入的比例。</translation>
    </message>
    <message>
        <source>GPU cloud service costs, of revenue</source>
        <translation>GPU 云服务成本（占收入）</translation>
    </message>
    <message>
        <source>GPU useful life</source>
        <translation>GPU 使用寿命</translation>
    </message>
    <message>
        <source>Refresh: buy the fleet again</source>
        <translation>更新：重新购置整批 GPU</translation>
    </message>
    <message>
        <source>Retire: the fleet stops earning</source>
        <translation>退役：整批 GPU 停止创收</translation>
    </message>
    <message>
        <source>At the end of its life</source>
        <translation>寿命结束时</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Currency %1: this planner computes in USD only, so every amount in this project is treated as USD (prices, costs and results are not converted); the next edit of the currency accepts only USD</source>
        <translation>货币 %1：本规划工具仅以 USD 计算，因此本项目中的所有金额均按 USD 处理（价格、成本和结果不做换算）；下次修改货币时只接受 USD</translation>
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <source>Default 3.01 kW: Antminer S19 XP spec (domain.md §3.2)</source>
        <translation>默认 3.01 kW：Antminer S19 XP 规格（domain.md §3.2）</translation>
    </message>
    <message>
        <source>Default 140 TH/s: Antminer S19 XP spec (domain.md §3.2)</source>
        <translation>默认 140 TH/s：Antminer S19 XP 规格（domain.md §3.2）</translation>
    </message>
    <message>
        <source>Default 1.05: direct outside-air mining hall, fans count as IT (domain.md §2.2)</source>
        <translation>默认 1.05：直接引入室外空气的矿场机房，风扇计入 IT（domain.md §2.2）</translation>
    </message>
    <message>
        <source>Default 45 USD/PH/day: 2024–2026 base case (domain.md §3.3)</source>
        <translation>默认 45 USD/PH/天：2024–2026 基准情景（domain.md §3.3）</translation>
    </message>
    <message>
        <source>Default −10 %/yr: difficulty growth erodes hashprice (estimate)</source>
        <translation>默认 −10 %/年：难度上升侵蚀算力价格（估算）</translation>
    </message>
    <message>
        <source>Default 57.2 kW: 4 × DGX B200 at 14.3 kW (domain.md §3.1)</source>
        <translation>默认 57.2 kW：4 × DGX B200，每台 14.3 kW（domain.md §3.1）</translation>
    </message>
    <message>
        <source>Default 150 USD/kW-month: colocation base case (domain.md §4.3)</source>
        <translation>默认 150 USD/kW·月：托管基准情景（domain.md §4.3）</translation>
    </message>
    <message>
        <source>Default 2.95 USD/h: H100 median of 58 providers, May 2026 (domain.md §4.3)</source>
        <translation>默认 2.95 USD/小时：58 家供应商的 H100 中位数，2026 年 5 月（domain.md §4.3）</translation>
    </message>
    <message>
        <source>Default 70 %: share of GPU-hours sold (estimate)</source>
        <translation>默认 70 %：售出的 GPU 小时比例（估算）</translation>
    </message>
    <message>
        <source>Default 15 %/yr: new GPU generations push prices down (estimate)</source>
        <translation>默认 15 %/年：新一代 GPU 推动价格下降（估算）</translation>
    </message>
    <message>
        <source>Country presets: industrial tariffs (domain.md §6.4)</source>
        <translation>国家预设：工业电价（domain.md §6.4）</translation>
    </message>
    <message>
        <source>Country presets: grid carbon intensity (domain.md §6.4)</source>
        <translation>国家预设：电网碳排放强度（domain.md §6.4）</translation>
    </message>
    <message>
        <source>Default 10 %: financial parameters (domain.md §4.2)</source>
        <translation>默认 10 %：财务参数（domain.md §4.2）</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2%3</source>
        <translation>允许范围：%1 至 %2%3</translation>
    </message>
    <message>
        <source>Thinner air costs fan power; country presets: their station&apos;s elevation (docs/model.md &quot;Altitude&quot;)</source>
        <translation>空气越稀薄，风机功率越高；国家预设：其气象站的海拔（docs/model.md「Altitude」）</translation>
    </message>
    <message>
        <source>ASHRAE 0.4 % annual cooling dry-bulb; country presets: docs/model.md &quot;Design temperature defaults&quot;</source>
        <translation>ASHRAE 0.4 % 年度供冷干球温度；国家预设：docs/model.md「Design temperature defaults」</translation>
    </message>
    <message>
        <source>ASHRAE 0.4 % evaporation wet-bulb, at most the design dry-bulb; country presets: docs/model.md &quot;Design temperature defaults&quot;</source>
        <translation>ASHRAE 0.4 % 蒸发湿球温度，不高于设计干球温度；国家预设：docs/model.md「Design temperature defaults」</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Site name</source>
        <translation>场址名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation>当前电网接入容量</translation>
    </message>
    <message>
        <source>Queued grid upgrade</source>
        <translation>排队扩容</translation>
    </message>
    <message>
        <source>Queued upgrade available</source>
        <translation>排队扩容可用时间</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>能源来源</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Power price escalation</source>
        <translation>电价涨幅</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>电网碳排放强度</translation>
    </message>
    <message>
        <source>Dry-bulb</source>
        <translation>干球温度</translation>
    </message>
    <message>
        <source>Wet-bulb</source>
        <translation>湿球温度</translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation>ASIC 型号</translation>
    </message>
    <message>
        <source>Miners</source>
        <translation>矿机数量</translation>
    </message>
    <message>
        <source>Power per miner</source>
        <translation>每台矿机功率</translation>
    </message>
    <message>
        <source>Hash rate per miner</source>
        <translation>每台矿机算力</translation>
    </message>
    <message>
        <source>Mining PUE</source>
        <translation>挖矿 PUE</translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation>算力价格</translation>
    </message>
    <message>
        <source>Hashprice change</source>
        <translation>算力价格变化</translation>
    </message>
    <message>
        <source>Mining uptime</source>
        <translation>挖矿在线率</translation>
    </message>
    <message>
        <source>Converted share</source>
        <translation>改造比例</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>进度计划</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>商业模式</translation>
    </message>
    <message>
        <source>Colocation price</source>
        <translation>托管价格</translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation>每 GPU 小时价格</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>GPU 利用率</translation>
    </message>
    <message>
        <source>GPU price decline</source>
        <translation>GPU 价格降幅</translation>
    </message>
    <message>
        <source>GPU platform</source>
        <translation>GPU 平台</translation>
    </message>
    <message>
        <source>Power per rack</source>
        <translation>每机柜功率</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>每机柜 GPU 数</translation>
    </message>
    <message>
        <source>Price per GPU</source>
        <translation>每块 GPU 价格</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>冗余</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>模块容量</translation>
    </message>
    <message>
        <source>Installed blocks</source>
        <translation>已安装模块数</translation>
    </message>
    <message>
        <source>Cooling technology</source>
        <translation>冷却技术</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Energisation phases</source>
        <translation>送电分期</translation>
    </message>
    <message>
        <source>Months between phases</source>
        <translation>分期间隔月数</translation>
    </message>
    <message>
        <source>GPU delivery month</source>
        <translation>GPU 交付月份</translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation>项目组合名称</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>评估期</translation>
    </message>
    <message>
        <source>Exit cap rate</source>
        <translation>退出资本化率</translation>
    </message>
    <message>
        <source>GPU hall fit-out</source>
        <translation>GPU 机房部署</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Building sealing</source>
        <translation>建筑密封</translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation>灭火系统</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Tier III premium</source>
        <translation>Tier III 溢价</translation>
    </message>
    <message>
        <source>Tier IV premium</source>
        <translation>Tier IV 溢价</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>不可预见费</translation>
    </message>
    <message>
        <source>AI hall O&amp;M</source>
        <translation>AI 机房运维</translation>
    </message>
    <message>
        <source>Mining O&amp;M</source>
        <translation>挖矿运维</translation>
    </message>
    <message>
        <source>ASIC resale</source>
        <translation>ASIC 转售</translation>
    </message>
    <message>
        <source>GPU depreciation</source>
        <translation>GPU 折旧</translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation>设施寿命</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation>%1，场址 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>海拔</translation>
    </message>
    <message>
        <source>Design dry-bulb</source>
        <translation>设计干球温度</translation>
    </message>
    <message>
        <source>Design wet-bulb</source>
        <translation>设计湿球温度</translation>
    </message>
    <message>
        <source>Design percentile</source>
        <translation>设计百分位</translation>
    </message>
</context>
<context>
    <name>GanttWidget</name>
    <message>
        <source>Conversion schedule (Gantt chart)</source>
        <translation>改造进度计划（甘特图）</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>无进度计划</translation>
    </message>
    <message>
        <source>%1 tasks. First RFS %2; full capacity %3. Use the arrow keys to read each task.</source>
        <translation>%1 项任务。首次投运 %2；满负荷投运 %3。使用方向键逐项阅读任务。</translation>
    </message>
    <message>
        <source>%1: month %2 to %3, %4 months of float, critical for %5.</source>
        <translation>%1：第 %2 至 %3 月，浮动时间 %4 个月，对 %5 关键。</translation>
    </message>
    <message>
        <source>%1 (month %2)</source>
        <translation>%1（第 %2 月）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Early start: %3&lt;br&gt;Early finish: %4&lt;br&gt;Duration: %5 months&lt;br&gt;Total float: %6 months (to %7)&lt;br&gt;Critical for: %8&lt;br&gt;Driving predecessor: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;最早开始：%3&lt;br&gt;最早完成：%4&lt;br&gt;工期：%5 个月&lt;br&gt;总浮动时间：%6 个月（至 %7）&lt;br&gt;关键于：%8&lt;br&gt;决定性紧前任务：%9</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation>（关键）</translation>
    </message>
    <message>
        <source>first RFS</source>
        <translation>首次投运</translation>
    </message>
    <message>
        <source>full capacity</source>
        <translation>满负荷投运</translation>
    </message>
</context>
<context>
    <name>InputNotes</name>
    <message>
        <source>note for %1 is longer than %2 bytes</source>
        <translation>%1 的备注超过 %2 字节</translation>
    </message>
    <message>
        <source>note for %1 is not valid UTF-8 text</source>
        <translation>%1 的备注不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>note for %1 holds control characters (only line breaks and tabs are allowed)</source>
        <translation>%1 的备注含有控制字符（只允许换行符和制表符）</translation>
    </message>
    <message>
        <source>source for %1 is longer than %2 bytes</source>
        <translation>%1 的来源超过 %2 字节</translation>
    </message>
    <message>
        <source>source for %1 is not valid UTF-8 text</source>
        <translation>%1 的来源不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>source for %1 holds control characters (only line breaks and tabs are allowed)</source>
        <translation>%1 的来源含有控制字符（只允许换行符和制表符）</translation>
    </message>
    <message>
        <source>note path &apos;%1&apos; is not a field path (e.g. sites[0].gridInterconnectMw, at most %2 bytes)</source>
        <translation>备注路径“%1”不是字段路径（例如 sites[0].gridInterconnectMw，最多 %2 字节）</translation>
    </message>
</context>
<context>
    <name>InputNotesUi</name>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Remove note for %1</source>
        <translation>删除 %1 的备注</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <source>Note and source: %1</source>
        <translation>备注与来源：%1</translation>
    </message>
    <message>
        <source>A note and a source for &lt;b&gt;%1&lt;/b&gt;, shown in its tooltip, the report&apos;s appendix and the workbook&apos;s Inputs sheet. Plain text, up to %2 characters each.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的备注与来源，显示在其工具提示、报告附录及工作簿的 Inputs 工作表中。纯文本，每项最多 %2 个字符。</translation>
    </message>
    <message>
        <source>e.g. utility letter of 3 March 2026, or a URL</source>
        <translation>例如 2026 年 3 月 3 日的电网公司函件，或一个网址</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>InputNotesUi::Filter</name>
    <message>
        <source>Edit Note and Source…</source>
        <translation>编辑备注与来源…</translation>
    </message>
    <message>
        <source>Note and Source…</source>
        <translation>备注与来源…</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>unknown key; allowed keys here: %1</source>
        <translation>未知的键；此处允许的键：%1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>必须是对象，实际为 %1</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>必须是数字，实际为 %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>必须是整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>必须是 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>必须是 %1 之一，实际为 %2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>必须是数组，实际为 %1</translation>
    </message>
    <message>
        <source>binary values are not JSON</source>
        <translation>二进制值不属于 JSON</translation>
    </message>
    <message>
        <source>duplicate key: a key may appear only once in an object</source>
        <translation>重复的键：一个键在对象中只能出现一次</translation>
    </message>
    <message>
        <source>number out of range (beyond ±1.8e308), got %1</source>
        <translation>数字超出范围（超过 ±1.8e308），实际为 %1</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2 (near %3): %4</source>
        <translation>JSON 格式错误，位于第 %1 行第 %2 列（%3 附近）：%4</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON 格式错误，位于第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>more than %1 sites, the most a portfolio may have</source>
        <translation>超过 %1 个场址，即项目组合允许的上限</translation>
    </message>
    <message>
        <source>more than %1 values; not a Mine2AI portfolio</source>
        <translation>超过 %1 个值；不是 Mine2AI 项目组合</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels (a Mine2AI portfolio needs 7)</source>
        <translation>嵌套超过 %1 层（Mine2AI 项目组合只需 7 层）</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>must be a month &quot;YYYY-MM&quot; (e.g. &quot;2027-01&quot;), got %1</source>
        <translation>必须是 &quot;YYYY-MM&quot; 格式的月份（例如 &quot;2027-01&quot;），实际为 %1</translation>
    </message>
    <message>
        <source>unknown value %1, allowed: %2</source>
        <translation>未知的值 %1，允许的值：%2</translation>
    </message>
    <message>
        <source>must be an array of 12 numbers (January to December), got %1</source>
        <translation>必须是包含 12 个数字的数组（1 月至 12 月），实际为 %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>必须介于 %1 和 %2 之间，实际为 %3</translation>
    </message>
    <message>
        <source>out of range, got %1</source>
        <translation>超出范围，实际为 %1</translation>
    </message>
    <message>
        <source>must be an array of 4 numbers (air, hybrid, direct-to-chip, immersion), got %1</source>
        <translation>必须是包含 4 个数字的数组（风冷、混合、直接芯片冷却、浸没式），实际为 %1</translation>
    </message>
    <message>
        <source>must be an array of task ids, got %1</source>
        <translation>必须是任务 ID 数组，实际为 %1</translation>
    </message>
    <message>
        <source>must be an array of notes, got %1</source>
        <translation>必须是备注数组，实际为 %1</translation>
    </message>
    <message>
        <source>holds %1 notes, more than the %2 allowed</source>
        <translation>包含 %1 条备注，超过允许的 %2 条</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a note already (notes are one per field)</source>
        <translation>“%1”已有备注（每个字段只能有一条备注）</translation>
    </message>
    <message>
        <source>must be an array of tasks, got %1</source>
        <translation>必须是任务数组，实际为 %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 8760 or 8784, got %1</source>
        <translation>必须是 8760 或 8784，实际为 %1</translation>
    </message>
    <message>
        <source>must be %1 characters of base64 (%2 float32 values), got %3</source>
        <translation>必须是 %1 个 base64 字符（%2 个 float32 值），实际为 %3</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (this is not a Mine2AI portfolio), got %2</source>
        <translation>必须是 &quot;%1&quot;（这不是 Mine2AI 项目组合），实际为 %2</translation>
    </message>
    <message>
        <source>file was written by a newer Mine2AI (formatVersion %1); this version reads formatVersion %2</source>
        <translation>文件由较新版本的 Mine2AI 写入（formatVersion %1）；此版本读取 formatVersion %2</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>必须是 %1，实际为 %2</translation>
    </message>
    <message>
        <source>must be an array of sites, got %1</source>
        <translation>必须是场址数组，实际为 %1</translation>
    </message>
    <message>
        <source>larger than %1 MiB, the limit for a portfolio JSON file</source>
        <translation>大于 %1 MiB，即项目组合 JSON 文件的上限</translation>
    </message>
    <message>
        <source>cannot read the document: %1</source>
        <translation>无法读取文档：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Updated on screen in %1 ms (engines %2 ms)</source>
        <translation>屏幕更新耗时 %1 毫秒（引擎 %2 毫秒）</translation>
    </message>
    <message>
        <source>Computation failed: %1</source>
        <translation>计算失败：%1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>从模板新建(&amp;T)…</translation>
    </message>
    <message>
        <source>Import Sites from Spreads&amp;heet…</source>
        <translation>从电子表格导入场址(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Add Site</source>
        <translation>添加场址(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>场址 %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>&amp;Duplicate Site</source>
        <translation>复制场址(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Re&amp;move Site</source>
        <translation>删除场址(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>项目组合(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>场址(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>风险(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Mine2AI Planner</source>
        <translation>关于 Mine2AI Planner(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>All charts (PNG and SVG)…</source>
        <translation>所有图表（PNG 和 SVG）…</translation>
    </message>
    <message>
        <source>Tables (CSV and Excel workbook)…</source>
        <translation>表格（CSV 和 Excel 工作簿）…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Cost A&amp;ssumptions…</source>
        <translation>成本假设(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Tax and Financing…</source>
        <translation>税务与融资(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Compare Two Sites…</source>
        <translation>比较两个场址(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>撤销 %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Y)</source>
        <translation>重做 %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Site shown in the site view</source>
        <translation>场址视图中显示的场址</translation>
    </message>
    <message>
        <source>Site shown in the site view: %1</source>
        <translation>场址视图中显示的场址：%1</translation>
    </message>
    <message>
        <source>Site inputs</source>
        <translation>场址输入</translation>
    </message>
    <message>
        <source>Conversion steps</source>
        <translation>改造步骤</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>%1[*] — Mine2AI Planner</source>
        <translation>%1[*] — Mine2AI Planner</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清空菜单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Project on Start</source>
        <translation>启动时重新打开上次的项目(&amp;R)</translation>
    </message>
    <message>
        <source>Site 1</source>
        <translation>场址 1</translation>
    </message>
    <message>
        <source>Built-in sample portfolio loaded</source>
        <translation>已载入内置示例项目组合</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Mine2AI projects (*.m2ai)</source>
        <translation>Mine2AI 项目 (*.m2ai)</translation>
    </message>
    <message>
        <source>Not saved: %1 was kept</source>
        <translation>未保存：%1 保持不变</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 已存在。
要替换它吗？</translation>
    </message>
    <message>
        <source>Mine2AI projects (*.m2ai);;JSON portfolios (*.json)</source>
        <translation>Mine2AI 项目 (*.m2ai);;JSON 项目组合 (*.json)</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>导入 JSON</translation>
    </message>
    <message>
        <source>JSON portfolios (*.json)</source>
        <translation>JSON 项目组合 (*.json)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>an untitled project (“%1”)</source>
        <translation>未命名项目（“%1”）</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Mine2AI Planner did not close normally last time.

A recovery copy of %1 with unsaved changes was saved %2.

Recover opens it (the original file stays as it was until you save); Discard deletes the copy.</source>
        <translation>Mine2AI Planner 上次未正常关闭。

%1 含未保存更改的恢复副本已于 %2 保存。

“恢复”将打开该副本（在您保存之前原文件保持不变）；“放弃”将删除该副本。</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Could not recover %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation>已从 %1 恢复未保存的更改</translation>
    </message>
    <message>
        <source>The user guide is missing.</source>
        <translation>缺少用户指南。</translation>
    </message>
    <message>
        <source>Mine2AI Planner — User Guide</source>
        <translation>Mine2AI Planner — 用户指南</translation>
    </message>
    <message>
        <source>About Mine2AI Planner</source>
        <translation>关于 Mine2AI Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mine2AI Planner %1&lt;/h3&gt;&lt;p&gt;Plan the conversion of Bitcoin-mining sites into AI data centres: power budget, PUE, schedule and economics per site and for the portfolio.&lt;/p&gt;&lt;p&gt;Figures and their sources: see the user guide and docs/model.md.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mine2AI Planner %1&lt;/h3&gt;&lt;p&gt;规划将比特币挖矿场址改造为 AI 数据中心：按场址和项目组合计算电力预算、PUE、进度计划与经济性。&lt;/p&gt;&lt;p&gt;数据及其来源：见用户指南和 docs/model.md。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit tax and financing</source>
        <translation>编辑税务与融资</translation>
    </message>
    <message>
        <source>Tax and financing refused</source>
        <translation>税务与融资被拒绝</translation>
    </message>
    <message>
        <source>Edit cost assumptions</source>
        <translation>编辑成本假设</translation>
    </message>
    <message>
        <source>Cost assumptions refused</source>
        <translation>成本假设被拒绝</translation>
    </message>
    <message>
        <source>Import sites from a spreadsheet</source>
        <translation>从电子表格导入场址</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>电子表格 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln site(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %Ln 个场址</numerusform>
        </translation>
    </message>
    <message>
        <source>New sites spreadsheet from the template</source>
        <translation>根据模板新建场址电子表格</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the template: %1</source>
        <translation>无法写入模板：%1</translation>
    </message>
    <message>
        <source>Sites template</source>
        <translation>场址模板</translation>
    </message>
    <message>
        <source>Template written to %1: fill in one row per site, then File › Import Sites from Spreadsheet…</source>
        <translation>模板已写入 %1：每个场址填写一行，然后使用 文件 › 从电子表格导入场址…</translation>
    </message>
    <message>
        <source>Nothing to copy: select cells of a table</source>
        <translation>无可复制内容：请选择表格中的单元格</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) as tab-separated text</source>
        <translation>
            <numerusform>已将 %Ln 行复制为制表符分隔文本</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste works in the portfolio table and the climate table</source>
        <translation>粘贴适用于项目组合表和气候表</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %Ln row(s)</source>
        <translation>
            <numerusform>已粘贴 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Sc&amp;enario Comparison</source>
        <translation>情景比较(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Add Site</source>
        <comment>toolbar button, short</comment>
        <translation>添加场址</translation>
    </message>
    <message>
        <source>Duplicate Site</source>
        <comment>toolbar button, short</comment>
        <translation>复制场址</translation>
    </message>
    <message>
        <source>Remove Site</source>
        <comment>toolbar button, short</comment>
        <translation>删除场址</translation>
    </message>
</context>
<context>
    <name>PortfolioFile</name>
    <message>
        <source>%1: cannot open the file (missing or unreadable)</source>
        <translation>%1：无法打开文件（不存在或不可读）</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: cannot read the file size: %2</source>
        <translation>%1：无法读取文件大小：%2</translation>
    </message>
    <message>
        <source>%1: %2 MiB, larger than the %3 MiB limit for a portfolio JSON file; not a Mine2AI portfolio</source>
        <translation>%1：%2 MiB，超过项目组合 JSON 文件 %3 MiB 的上限；不是 Mine2AI 项目组合</translation>
    </message>
    <message>
        <source>%1: not a Mine2AI project (.m2ai) or portfolio JSON file</source>
        <translation>%1：不是 Mine2AI 项目（.m2ai）或项目组合 JSON 文件</translation>
    </message>
    <message>
        <source>%1: %2 problem(s), first: %3</source>
        <translation>%1：%2 个问题，第一个：%3</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>… and %1 more problems (only the first %2 are listed)</source>
        <translation>……另有 %1 个问题（仅列出前 %2 个）</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>改造比例</translation>
    </message>
    <message>
        <source>Grid today</source>
        <translation>当前电网</translation>
    </message>
    <message>
        <source>Grid with queue</source>
        <translation>含排队电网</translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation>IT MW</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>年均 PUE</translation>
    </message>
    <message>
        <source>RFS</source>
        <translation>投运</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>GPU purchase</source>
        <translation>GPU 采购</translation>
    </message>
    <message>
        <source>Facility per MW IT</source>
        <translation>每 MW IT 设施</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>NPV vs mining</source>
        <translation>相对挖矿净现值</translation>
    </message>
    <message>
        <source>Incremental IRR</source>
        <translation>增量内部收益率</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>How the AI hall earns: colocation lease or GPU cloud</source>
        <translation>AI 机房的收入方式：托管租约或 GPU 云</translation>
    </message>
    <message>
        <source>Share of the grid (with the queue) given to the AI hall; the rest keeps mining</source>
        <translation>分配给 AI 机房的电网容量比例（含排队扩容）；其余继续挖矿</translation>
    </message>
    <message>
        <source>Grid interconnect available today</source>
        <translation>当前可用的电网接入容量</translation>
    </message>
    <message>
        <source>Grid interconnect today plus the queued upgrade, when there is one</source>
        <translation>当前电网接入容量加上排队扩容（如有）</translation>
    </message>
    <message>
        <source>Critical IT load the power chain and grid (with the queue) allow</source>
        <translation>供电链路与电网（含排队扩容）允许的关键 IT 负载</translation>
    </message>
    <message>
        <source>Energy-weighted power usage effectiveness over the year</source>
        <translation>全年按能耗加权的电能利用效率</translation>
    </message>
    <message>
        <source>First full month in service (critical path of the schedule)</source>
        <translation>第一个完整投运月（进度计划的关键路径）</translation>
    </message>
    <message>
        <source>Conversion capex: facility (with contingency) + GPU purchase − ASIC resale</source>
        <translation>改造资本支出：设施（含不可预见费）+ GPU 采购 − ASIC 转售</translation>
    </message>
    <message>
        <source>Owned GPUs of a GPU cloud, first fleet (vendor price, no contingency)</source>
        <translation>GPU 云的自有 GPU，首批（厂商价格，不含不可预见费）</translation>
    </message>
    <message>
        <source>Facility capex per MW of IT, GPUs excluded</source>
        <translation>每 MW IT 的设施资本支出，不含 GPU</translation>
    </message>
    <message>
        <source>Net present value of converting, over the portfolio horizon</source>
        <translation>改造在项目组合评估期内的净现值</translation>
    </message>
    <message>
        <source>NPV of converting minus NPV of keeping the whole site mining</source>
        <translation>改造的净现值减去整个场址继续挖矿的净现值</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining: the IRR of converting&apos;s monthly net minus keep-mining&apos;s</source>
        <translation>相对继续挖矿的增量内部收益率：改造月度净现金流减去继续挖矿月度净现金流的 IRR</translation>
    </message>
    <message>
        <source>IRR of the converting plan&apos;s own monthly net, before tax, unlevered</source>
        <translation>改造方案自身月度净现金流的 IRR，税前，无杠杆</translation>
    </message>
    <message>
        <source>First month the converting plan&apos;s cumulative net cash is positive</source>
        <translation>改造方案累计净现金流首次为正的月份</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Totals over feasible sites: %1</source>
        <translation>可行场址合计：%1</translation>
    </message>
    <message>
        <source>Total (%1 sites, %2 infeasible excluded)</source>
        <translation>合计（%1 个场址，已排除 %2 个不可行）</translation>
    </message>
    <message numerus="yes">
        <source>Total (%Ln sites)</source>
        <translation>
            <numerusform>合计（%Ln 个场址）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>重命名场址</translation>
    </message>
    <message>
        <source>Change grid interconnect</source>
        <translation>更改电网接入容量</translation>
    </message>
    <message>
        <source>the Total row is computed</source>
        <translation>合计行为计算值</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a number (allowed %4 – %5 %6)</source>
        <translation>%1，%2：“%3”不是数字（允许 %4 – %5 %6）</translation>
    </message>
    <message>
        <source>%1, %2: computed, not an input (paste into Site or Grid today)</source>
        <translation>%1，%2：计算值，不是输入（请粘贴到“场址”或“当前电网”）</translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: %1</source>
        <translation>粘贴被拒绝，未做任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Nothing to paste</source>
        <translation>无可粘贴内容</translation>
    </message>
    <message>
        <source>Select the cell to paste at</source>
        <translation>请选择粘贴位置的单元格</translation>
    </message>
    <message>
        <source>row %1, cell %2</source>
        <translation>第 %1 行，第 %2 个单元格</translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: the block reaches past the table (%1)</source>
        <translation>粘贴被拒绝，未做任何更改：块超出表格范围（%1）</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>项目组合</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>评估期</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Rename portfolio</source>
        <translation>重命名项目组合</translation>
    </message>
    <message>
        <source>Change start month</source>
        <translation>更改起始月份</translation>
    </message>
    <message>
        <source>Change discount rate</source>
        <translation>更改折现率</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation>更改评估期</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>site name</source>
        <translation>场址名称</translation>
    </message>
    <message>
        <source>task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>task id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation>ASIC 型号</translation>
    </message>
    <message>
        <source>portfolio name</source>
        <translation>项目组合名称</translation>
    </message>
    <message>
        <source>GPU platform id, or &quot;custom&quot;</source>
        <translation>GPU 平台 ID，或“custom”</translation>
    </message>
    <message>
        <source>air cooling</source>
        <translation>风冷</translation>
    </message>
    <message>
        <source>hybrid (rear-door) cooling</source>
        <translation>混合冷却（背板）</translation>
    </message>
    <message>
        <source>direct-to-chip cooling</source>
        <translation>冷板式液冷</translation>
    </message>
    <message>
        <source>immersion cooling</source>
        <translation>浸没式液冷</translation>
    </message>
    <message>
        <source>Uptime Tier III</source>
        <translation>Uptime Tier III</translation>
    </message>
    <message>
        <source>Uptime Tier IV</source>
        <translation>Uptime Tier IV</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>GPU cloud</source>
        <translation>GPU 云</translation>
    </message>
    <message>
        <source>colocation</source>
        <translation>托管</translation>
    </message>
    <message>
        <source>distributed redundant</source>
        <translation>分布式冗余</translation>
    </message>
    <message>
        <source>a custom GPU</source>
        <translation>自定义 GPU</translation>
    </message>
    <message>
        <source>must be between %1 and %2 %3, got %4</source>
        <translation>必须介于 %1 和 %2 %3 之间，实际为 %4</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>必须介于 %1 和 %2 之间，实际为 %3</translation>
    </message>
    <message>
        <source>must not be empty (%1)</source>
        <translation>不能为空（%1）</translation>
    </message>
    <message>
        <source>must be a month between %1-01 and %2-12, got year %3 month %4</source>
        <translation>必须是 %1-01 至 %2-12 之间的月份，实际为 %3 年 %4 月</translation>
    </message>
    <message>
        <source>unknown value %1, allowed: %2</source>
        <translation>未知值 %1，允许：%2</translation>
    </message>
    <message>
        <source>N+1 needs at least 2 blocks (one is the spare), got %1</source>
        <translation>N+1 至少需要 2 个模块（其中一个为备用），实际为 %1</translation>
    </message>
    <message>
        <source>2N needs an even number of blocks, at least 2, got %1</source>
        <translation>2N 需要偶数个模块，至少 2 个，实际为 %1</translation>
    </message>
    <message>
        <source>2(N+1) needs an even number of blocks, at least 4 (two sides of N+1), got %1</source>
        <translation>2(N+1) 需要偶数个模块，至少 4 个（两侧各为 N+1），实际为 %1</translation>
    </message>
    <message>
        <source>distributed-redundant needs a multiple of 3 blocks (&quot;3 to make 2&quot;), got %1</source>
        <translation>分布式冗余需要 3 的倍数个模块（“3 变 2”），实际为 %1</translation>
    </message>
    <message>
        <source>wet-bulb must not exceed dry-bulb (%1 °C), got %2</source>
        <translation>湿球温度不得高于干球温度（%1 °C），实际为 %2</translation>
    </message>
    <message>
        <source>duplicate site name &quot;%1&quot; (also %2)</source>
        <translation>场址名称重复“%1”（另见 %2）</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot; (also %2)</source>
        <translation>任务 ID 重复“%1”（另见 %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a generated task id; choose another</source>
        <translation>“%1”是生成的任务 ID；请另选一个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”列出了两次</translation>
    </message>
    <message>
        <source>cannot depend on &quot;%1&quot; (the milestones close the network)</source>
        <translation>不能依赖于“%1”（里程碑是网络的终点）</translation>
    </message>
    <message>
        <source>a task cannot depend on itself</source>
        <translation>任务不能依赖于自身</translation>
    </message>
    <message>
        <source>unknown task id &quot;%1&quot;; use a generated id (%2) or another user task&apos;s id</source>
        <translation>未知任务 ID“%1”；请使用生成的 ID（%2）或其他用户任务的 ID</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>依赖循环：%1</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as USD, got &quot;%1&quot;</source>
        <translation>必须是三个字母的 ISO 4217 代码，如 USD，实际为“%1”</translation>
    </message>
    <message>
        <source>The queued %1 MW of grid arrives %2, after the planning horizon</source>
        <translation>排队的 %1 MW 电网容量于 %2 到位，晚于规划评估期</translation>
    </message>
    <message>
        <source>The queued %1 MW of grid adds no IT load: the electrical capacity, not the grid, limits IT — add electrical blocks or drop the queue</source>
        <translation>排队的 %1 MW 电网容量未增加 IT 负载：限制 IT 的是电气容量而非电网 — 请增加供电模块或放弃排队扩容</translation>
    </message>
    <message>
        <source>No IT load fits: check the electrical blocks and the converted share</source>
        <translation>无法容纳任何 IT 负载：请检查供电模块和改造比例</translation>
    </message>
    <message>
        <source>Ready for service in month %1, after the planning horizon: the conversion earns nothing within it</source>
        <translation>第 %1 月才具备投运条件，晚于规划评估期：改造在评估期内没有收益</translation>
    </message>
    <message>
        <source>GPUs arrive before the hall is ready: %1 idle GPU-months cost about %2 of NPV</source>
        <translation>GPU 在机房就绪前到货：%1 个闲置 GPU 月约损失 %2 净现值</translation>
    </message>
    <message>
        <source>The GPU step installs no GPUs: check the GPUs per rack</source>
        <translation>GPU 步骤未安装任何 GPU：请检查每机柜 GPU 数</translation>
    </message>
    <message>
        <source>The minimum DSCR is %1, below the covenant of %2: less debt, a longer tenor or a lower rate</source>
        <translation>最低 DSCR 为 %1，低于契约要求的 %2：请减少债务、延长期限或降低利率</translation>
    </message>
    <message>
        <source>Racks draw %1 kW; %2 removes at most %3 kW per rack</source>
        <translation>机柜功率 %1 kW；%2 每机柜最多散热 %3 kW</translation>
    </message>
    <message>
        <source>%1 requires liquid cooling, but the plan uses %2</source>
        <translation>%1 需要液冷，但方案使用的是%2</translation>
    </message>
    <message>
        <source>The GPU step is disabled: there is no AI hall (%1) to earn from</source>
        <translation>GPU 步骤已禁用：没有可创收的 AI 机房（%1）</translation>
    </message>
    <message>
        <source>A colocation lease needs at least %1 electrical redundancy; the plan has %2</source>
        <translation>托管租约至少需要 %1 电气冗余；方案为 %2</translation>
    </message>
    <message>
        <source>A colocation lease needs %1 certification; the plan has %2</source>
        <translation>托管租约需要 %1 认证；方案为 %2</translation>
    </message>
    <message>
        <source>The mining fleet draws %1 MW, more than the %2 MW grid interconnect</source>
        <translation>矿机群用电 %1 MW，超过 %2 MW 的电网接入容量</translation>
    </message>
    <message>
        <source>Racks give %1 kW per GPU; %2 needs at least %3</source>
        <translation>机柜每块 GPU 仅有 %1 kW；%2 至少需要 %3</translation>
    </message>
    <message>
        <source>Nothing is converted (0 %), but these steps are enabled and paid for: %1</source>
        <translation>未改造任何部分（0 %），但这些步骤已启用并计费：%1</translation>
    </message>
    <message>
        <source>Infeasible plan</source>
        <translation>方案不可行</translation>
    </message>
    <message>
        <source>a task cannot precede itself</source>
        <translation>任务不能先于自身</translation>
    </message>
    <message>
        <source>cannot precede &quot;grid-upgrade&quot; (the queued grid&apos;s date is set by the queue, gridQueue.availableMonth; make the task precede &quot;commissioning&quot; instead)</source>
        <translation>不能先于 &quot;grid-upgrade&quot;（排队电网的日期由排队决定，gridQueue.availableMonth；请改为先于 &quot;commissioning&quot;）</translation>
    </message>
    <message>
        <source>electrical rebuild</source>
        <translation>电气改造</translation>
    </message>
    <message>
        <source>facility works</source>
        <translation>设施工程</translation>
    </message>
    <message>
        <source>A GPU cloud&apos;s own servers need a protected hall (UPS and generators, sealing and fire suppression); the plan lacks: %1</source>
        <translation>GPU 云的自有服务器需要受保护的机房（UPS 和发电机、密封和灭火）；方案缺少：%1</translation>
    </message>
    <message>
        <source>USD %1 billion</source>
        <translation>%1 亿美元</translation>
    </message>
    <message>
        <source>USD %1 million</source>
        <translation>%1 百万美元</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>度</translation>
    </message>
    <message>
        <source>units</source>
        <translation>台</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>个 GPU</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>个供电模块</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>期</translation>
    </message>
    <message>
        <source>%/year</source>
        <translation>%/年</translation>
    </message>
    <message>
        <source>USD/MW/year</source>
        <translation>美元/MW/年</translation>
    </message>
    <message>
        <source>USD/PH/day</source>
        <translation>美元/PH/天</translation>
    </message>
    <message>
        <source>USD/kW/month</source>
        <translation>美元/kW/月</translation>
    </message>
    <message>
        <source>must be one of the ASHRAE annual percentiles 0.4, 1 or 2 (%), got %1</source>
        <translation>必须是 ASHRAE 年度百分位 0.4、1 或 2 (%) 之一，实际为 %1</translation>
    </message>
    <message>
        <source>must be USD (the model computes in US dollars only), got &quot;%1&quot;</source>
        <translation>必须为 USD（模型仅以美元计算），实际为“%1”</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>Opened %1 (upgraded from file version %2; saving writes the new version)</source>
        <translation>已打开 %1（已从文件版本 %2 升级；保存时写入新版本）</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>未选择场址</translation>
    </message>
    <message>
        <source>Internal error: portfolio edit touched the sites</source>
        <translation>内部错误：项目组合编辑触及了场址</translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation>添加场址 %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate site %1</source>
        <translation>复制场址 %1</translation>
    </message>
    <message>
        <source>A portfolio keeps at least one site</source>
        <translation>项目组合至少保留一个场址</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: cannot open: schema %2 cannot be upgraded: this version reads schemas %3 to %4</source>
        <translation>%1：无法打开：架构 %2 无法升级：此版本可读取架构 %3 至 %4</translation>
    </message>
    <message>
        <source>%1: cannot open: schema %2 cannot be upgraded: this version reads schema %3</source>
        <translation>%1：无法打开：架构 %2 无法升级：此版本可读取架构 %3</translation>
    </message>
    <message>
        <source>%1: cannot open: upgrading from schema %2 to %3 (%4) failed: %5</source>
        <translation>%1：无法打开：从架构 %2 升级到 %3（%4）失败：%5</translation>
    </message>
    <message>
        <source>%1: cannot open: upgrading from schema %2 to %3 (%4) failed: the schema version was not recorded</source>
        <translation>%1：无法打开：从架构 %2 升级到 %3（%4）失败：未记录架构版本</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 is missing</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：缺少表 %2</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 sites, more than the %3 a project may hold</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 个场址，超过项目可容纳的 %3 个</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: too many rows (%2)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：行数过多（%2）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 is empty</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：表 %2 为空</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not 1</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不等于 1</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has more than one row</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：表 %2 有多于一行</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: repeated technology</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：技术重复</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: no row for %3</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：没有 %3 的行</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: too many sites</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：场址过多</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: site id %2 is repeated</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：场址 ID %2 重复</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has a row for a site that does not exist</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：表 %2 中有一行属于不存在的场址</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: more than one row in the table %3</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：表 %3 中有多于一行</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: no row in the table %3</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：表 %3 中没有对应的行</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3 is not 1..12</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：%3 不在 1..12 之内</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 has month %3 twice</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 中月份 %3 出现两次</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2.climate: the file lacks some of the 12 months</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2.climate：文件缺少 12 个月中的部分月份</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is beyond the task limit</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 超出任务数上限</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is repeated</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 重复</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has a row for a task that does not exist</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：表 %2 中有一行属于不存在的任务</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: position %3 is repeated (%4)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：位置 %3 重复（%4）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: more than %3 dependencies</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：依赖项超过 %3 个</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it (%2 bytes)</source>
        <translation>%1：内存不足，无法读取（%2 字节）</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: the file changed while it was being read; try again</source>
        <translation>%1：文件在读取过程中发生了变化；请重试</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: %2-journal beside it holds a write of another program interrupted by a crash; open the file once in the sqlite3 shell to roll it back, then try again</source>
        <translation>%1：旁边的 %2-journal 含有另一程序因崩溃而中断的写入；请先在 sqlite3 shell 中打开一次该文件以回滚，然后重试</translation>
    </message>
    <message>
        <source>%1: %2-wal beside it holds changes from another program or a crash that are not in the file yet; open the file once in the sqlite3 shell to keep them, or remove %3-wal to discard them</source>
        <translation>%1：旁边的 %2-wal 含有来自另一程序或崩溃、尚未写入文件的更改；请在 sqlite3 shell 中打开一次该文件以保留这些更改，或删除 %3-wal 以放弃它们</translation>
    </message>
    <message>
        <source>%1: larger than 1 GiB; not a Mine2AI project</source>
        <translation>%1：大于 1 GiB；不是 Mine2AI 项目</translation>
    </message>
    <message>
        <source>%1: not a Mine2AI project (not an SQLite database)</source>
        <translation>%1：不是 Mine2AI 项目（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>%1: the file is damaged (truncated to %2 bytes)</source>
        <translation>%1：文件已损坏（被截断为 %2 字节）</translation>
    </message>
    <message>
        <source>%1: an SQLite database of another application (application_id %2), not a Mine2AI project</source>
        <translation>%1：另一应用程序的 SQLite 数据库（application_id %2），不是 Mine2AI 项目</translation>
    </message>
    <message>
        <source>%1: made by a newer Mine2AI, schema %2; this version reads up to %3</source>
        <translation>%1：由更新版本的 Mine2AI 创建，架构 %2；此版本最高可读取架构 %3</translation>
    </message>
    <message>
        <source>%1: the file is damaged (truncated: %2 of %3 bytes)</source>
        <translation>%1：文件已损坏（被截断：%2 / %3 字节）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: quick_check returned nothing</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：quick_check 未返回任何结果</translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2)</source>
        <translation>%1：文件已损坏（%2）</translation>
    </message>
    <message>
        <source>%1: refused: reading it takes too much work (hostile file?)</source>
        <translation>%1：已拒绝：读取该文件的工作量过大（恶意文件？）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project (%2)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目（%2）</translation>
    </message>
    <message>
        <source>%1: invalid values: %2</source>
        <translation>%1：无效值：%2</translation>
    </message>
    <message>
        <source>cannot save %1: no file name</source>
        <translation>无法保存 %1：没有文件名</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>cannot save %1: it is a folder</source>
        <translation>无法保存 %1：这是一个文件夹</translation>
    </message>
    <message>
        <source>cannot save %1: %2-journal beside it holds a write of another program interrupted by a crash; open the file once in the sqlite3 shell to roll it back, then try again</source>
        <translation>无法保存 %1：旁边的 %2-journal 含有另一程序因崩溃而中断的写入；请先在 sqlite3 shell 中打开一次该文件以回滚，然后重试</translation>
    </message>
    <message>
        <source>cannot save %1: %2-wal beside it holds changes from another program or a crash that are not in the file yet; open the file once in the sqlite3 shell to keep them, or remove %3-wal to discard them</source>
        <translation>无法保存 %1：旁边的 %2-wal 含有来自另一程序或崩溃、尚未写入文件的更改；请在 sqlite3 shell 中打开一次该文件以保留这些更改，或删除 %3-wal 以放弃它们</translation>
    </message>
    <message>
        <source>cannot save %1: cannot create a file in %2 (%3)</source>
        <translation>无法保存 %1：无法在 %2 中创建文件（%3）</translation>
    </message>
    <message>
        <source>cannot save %1: cannot flush the new file to disk (%2)</source>
        <translation>无法保存 %1：无法将新文件写入磁盘（%2）</translation>
    </message>
    <message>
        <source>cannot save %1: cannot replace the file (%2)</source>
        <translation>无法保存 %1：无法替换该文件（%2）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds a blob)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是数字（%3 中是 blob）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds NULL)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是数字（%3 中是 NULL）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds text)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是数字（%3 中是文本）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds a blob)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是整数（%3 中是 blob）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds NULL)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是整数（%3 中是 NULL）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds a real number)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是整数（%3 中是实数）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds text)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是整数（%3 中是文本）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a blob)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是文本（%3 中是 blob）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds NULL)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是文本（%3 中是 NULL）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a real number)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是文本（%3 中是实数）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a whole number)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是文本（%3 中是整数）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds a blob, not a whole number</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 中是 blob，而不是整数</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds NULL, not a whole number</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 中是 NULL，而不是整数</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds a real number, not a whole number</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 中是实数，而不是整数</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds text, not a whole number</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 中是文本，而不是整数</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a finite number</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是有限数</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is out of range</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 超出范围</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not 0 or 1</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 既不是 0 也不是 1</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is longer than %3 bytes</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 超过 %3 字节</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 &apos;%3&apos; is not one of %4</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：“%3”不属于 %4</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a blob of float32 values</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 不是 float32 数值的 blob</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 changed while it was read</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：表 %2 在读取过程中发生了变化</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 more than one row in the table %3</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：表 %3 中有多于一行</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 needs both a dry-bulb and a wet-bulb, or neither</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 需要同时给出干球温度和湿球温度，或两者都不给</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 &apos;%3&apos; is not %4</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：“%3”不是 %4</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3 is not 8760 or 8784</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：%3 既不是 8760 也不是 8784</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has more rows than a project has sites</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：表 %2 的行数多于项目的场址数</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: more than %2 input notes (%3)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：输入备注超过 %2 条（%3）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is &apos;%3&apos;, not fixed, triangular, pert, normal or lognormal</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 为“%3”，不是 fixed、triangular、pert、normal 或 lognormal</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is &apos;%3&apos;, not YYYY-MM</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 为“%3”，不是 YYYY-MM</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has %3 rows, more than the %4 allowed</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：表 %2 有 %3 行，超过允许的 %4 行</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 scenarios, more than the %3 allowed</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 个情景，超过允许的 %3 个</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 scenario overrides, more than the %3 allowed</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 个情景覆盖值，超过允许的 %3 个</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is missing (%3 jumps to %4)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：缺少 %2（%3 跳到了 %4）</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3 names no scenario</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 %3 未指向任何情景</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is a flag but %3 is not 0 or 1</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 是开关值，但 %3 既不是 0 也不是 1</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 has kind &apos;%3&apos;, not number, flag or choice</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 的类型为“%3”，不是 number、flag 或 choice</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: %3 is %4</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：%3 为 %4</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: more than %3 links</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：链接超过 %3 个</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 must be one of 0.4, 1 or 2 (%)</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 必须为 0.4、1 或 2（%）</translation>
    </message>
    <message>
        <source>cannot save %1: %2: text of %3 bytes is longer than the %4 bytes a project file stores</source>
        <translation>无法保存 %1：%2：%3 字节的文本超过项目文件可存储的 %4 字节</translation>
    </message>
    <message>
        <source>cannot save %1: %2.plan.extraTasks: %3 tasks, more than the %4 a project file stores</source>
        <translation>无法保存 %1：%2.plan.extraTasks：%3 个任务，超过项目文件可存储的 %4 个</translation>
    </message>
    <message>
        <source>cannot save %1: %2: more than %3 task ids</source>
        <translation>无法保存 %1：%2：任务 ID 超过 %3 个</translation>
    </message>
    <message>
        <source>cannot save %1: %2 sites, more than the %3 a project file stores</source>
        <translation>无法保存 %1：%2 个场址，超过项目文件可存储的 %3 个</translation>
    </message>
    <message>
        <source>cannot save %1: invalid values: %2</source>
        <translation>无法保存 %1：无效值：%2</translation>
    </message>
    <message>
        <source>cannot save %1: the disk is full (%2); the previous file is unchanged</source>
        <translation>无法保存 %1：磁盘已满（%2）；原文件未改动</translation>
    </message>
    <message>
        <source>cannot save %1: the file size limit was reached (%2 bytes); the previous file is unchanged</source>
        <translation>无法保存 %1：已达到文件大小上限（%2 字节）；原文件未改动</translation>
    </message>
    <message>
        <source>cannot save %1: the disk is full (%2 bytes free); the previous file is unchanged</source>
        <translation>无法保存 %1：磁盘已满（剩余 %2 字节）；原文件未改动</translation>
    </message>
    <message>
        <source>cannot save %1: write error (%2); the previous file is unchanged</source>
        <translation>无法保存 %1：写入错误（%2）；原文件未改动</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds %3 bytes; %4 hours of float32 take %5</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 包含 %3 字节；%4 小时的 float32 数据应占 %5 字节</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a finite number at hour %3</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2 在第 %3 小时的值不是有限数</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 dry-bulb at hour %3 outside −90…60 °C</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：第 %3 小时的干球温度超出 −90…60 °C</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 wet-bulb at hour %3 above the dry-bulb or not a number</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：第 %3 小时的湿球温度高于干球温度或不是数字</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 pressure at hour %3 outside 30000…110000 Pa</source>
        <translation>%1：文件已损坏或不是 Mine2AI 项目：%2：第 %3 小时的气压超出 30000…110000 Pa</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>无可绘制内容</translation>
    </message>
    <message>
        <source>Hourly PUE, duration curve</source>
        <translation>逐时 PUE，持续时间曲线</translation>
    </message>
    <message>
        <source>PUE duration curve (monthly means; no hourly weather)</source>
        <translation>PUE 持续时间曲线（月均值；无逐时气象）</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>逐时</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>逐月</translation>
    </message>
    <message>
        <source>Annual %1</source>
        <translation>年均 %1</translation>
    </message>
    <message>
        <source>Design day %1</source>
        <translation>设计日 %1</translation>
    </message>
    <message>
        <source>Hours in the year at or above this PUE</source>
        <translation>全年 PUE 不低于此值的小时数</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Hours in each cooling mode, by technology</source>
        <translation>各冷却技术在各模式下的小时数</translation>
    </message>
    <message>
        <source>Cooling modes</source>
        <translation>冷却模式</translation>
    </message>
    <message>
        <source>%1 (this site)</source>
        <translation>%1（本场址）</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>每年小时数</translation>
    </message>
    <message>
        <source>! RFS, full</source>
        <translation>! 投运，满负荷</translation>
    </message>
    <message>
        <source>! RFS</source>
        <translation>! 投运</translation>
    </message>
    <message>
        <source>! full</source>
        <translation>! 满负荷</translation>
    </message>
    <message>
        <source>first RFS and full capacity</source>
        <translation>首次投运和满负荷投运</translation>
    </message>
    <message>
        <source>first RFS</source>
        <translation>首次投运</translation>
    </message>
    <message>
        <source>full capacity</source>
        <translation>满负荷投运</translation>
    </message>
    <message>
        <source>neither milestone (has float)</source>
        <translation>不属任一里程碑（有浮动时间）</translation>
    </message>
    <message>
        <source>%1 (month %2)</source>
        <translation>%1（第 %2 月）</translation>
    </message>
    <message>
        <source>Task (month)</source>
        <translation>任务（月份）</translation>
    </message>
    <message>
        <source>RFS</source>
        <translation>投运</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>满负荷</translation>
    </message>
    <message>
        <source>Critical for ! RFS / ! full</source>
        <translation>关键于 ! 投运 / ! 满负荷</translation>
    </message>
    <message>
        <source>Task with float</source>
        <translation>有浮动时间的任务</translation>
    </message>
    <message>
        <source>Total float</source>
        <translation>总浮动时间</translation>
    </message>
    <message>
        <source>First RFS: %1 · Full capacity: %2</source>
        <translation>首次投运：%1 · 满负荷投运：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Mine2AI Planner chart</source>
        <translation>Mine2AI Planner 图表</translation>
    </message>
    <message>
        <source>AI capacity online by site</source>
        <translation>各场址已投运的 AI 容量</translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation>IT MW</translation>
    </message>
    <message>
        <source>IT power online (MW)</source>
        <translation>已投运 IT 功率（MW）</translation>
    </message>
    <message>
        <source>NPV by site</source>
        <translation>各场址净现值</translation>
    </message>
    <message>
        <source>|NPV vs mining|</source>
        <translation>|相对挖矿净现值|</translation>
    </message>
    <message>
        <source>%1 (infeasible)</source>
        <translation>%1（不可行）</translation>
    </message>
    <message>
        <source>USD M (discounted)</source>
        <translation>百万美元（折现）</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Colocation rent</source>
        <translation>托管租金</translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation>每 GPU 小时价格</translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation>算力价格</translation>
    </message>
    <message>
        <source>Capex: GPU fit-out</source>
        <translation>资本支出：GPU 部署</translation>
    </message>
    <message>
        <source>Capex: electrical</source>
        <translation>资本支出：电气</translation>
    </message>
    <message>
        <source>Capex: cooling</source>
        <translation>资本支出：冷却</translation>
    </message>
    <message>
        <source>Capex: facility</source>
        <translation>资本支出：设施</translation>
    </message>
    <message>
        <source>GPU price</source>
        <translation>GPU 价格</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Long-lead durations</source>
        <translation>长周期工期</translation>
    </message>
    <message>
        <source>PUE overhead</source>
        <translation>PUE 附加能耗</translation>
    </message>
    <message>
        <source>Incremental NPV: each input ±%1 %</source>
        <translation>增量净现值：各输入 ±%1 %</translation>
    </message>
    <message>
        <source>Input %1 % lower</source>
        <translation>输入降低 %1 %</translation>
    </message>
    <message>
        <source>Input %1 % higher</source>
        <translation>输入提高 %1 %</translation>
    </message>
    <message>
        <source>Change in incremental NPV (USD M; base %1)</source>
        <translation>增量净现值变化（百万美元；基准 %1）</translation>
    </message>
    <message>
        <source>Spider: incremental NPV against each input</source>
        <translation>蛛网图：增量净现值随各输入的变化</translation>
    </message>
    <message>
        <source>Change in the input (%)</source>
        <translation>输入变化（%）</translation>
    </message>
    <message>
        <source>Incremental NPV (USD M)</source>
        <translation>增量净现值（百万美元）</translation>
    </message>
    <message>
        <source>Incremental NPV over %1 trials (P10 %2, P50 %3, P90 %4 USD M)</source>
        <translation>%1 次试验的增量净现值（P10 %2，P50 %3，P90 %4 百万美元）</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>First RFS: S-curve (in service by %1 in %2 % of trials)</source>
        <translation>首次投运：S 曲线（%2 % 的试验在 %1 前投运）</translation>
    </message>
    <message>
        <source>Trials in service (%)</source>
        <translation>已投运试验（%）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Power budget before and after conversion</source>
        <translation>改造前后的电力预算</translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation>电力预算</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>改造前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>改造后</translation>
    </message>
    <message>
        <source>Facility power (MW)</source>
        <translation>设施功率（MW）</translation>
    </message>
    <message>
        <source>PUE by month</source>
        <translation>逐月 PUE</translation>
    </message>
    <message>
        <source>%1 (energy-weighted)</source>
        <translation>%1（按能耗加权）</translation>
    </message>
    <message>
        <source>Calendar month (1 = January)</source>
        <translation>日历月（1 = 一月）</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>日历月</translation>
    </message>
    <message>
        <source>AI capacity online</source>
        <translation>已投运 AI 容量</translation>
    </message>
    <message>
        <source>Cumulative net cash: converting vs keep mining</source>
        <translation>累计净现金流：改造 vs 继续挖矿</translation>
    </message>
    <message>
        <source>Cumulative (USD M)</source>
        <translation>累计（百万美元）</translation>
    </message>
    <message>
        <source>Capex by conversion step</source>
        <translation>各改造步骤的资本支出</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>ASIC resale</source>
        <translation>ASIC 转售</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>不可预见费</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>GPU install</source>
        <translation>GPU 安装</translation>
    </message>
    <message>
        <source>Capex (USD M)</source>
        <translation>资本支出（百万美元）</translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3 to %4%5 — kept the previous value</source>
        <translation>%1：%2 超出允许范围 %3 至 %4%5 — 已保留原值</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number — kept the previous value</source>
        <translation>%1：%2 不是整数 — 已保留原值</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write into folder %1</source>
        <translation>无法写入文件夹 %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>%1 schedule</source>
        <translation>%1 进度计划</translation>
    </message>
    <message>
        <source>cannot add sheet %1</source>
        <translation>无法添加工作表 %1</translation>
    </message>
    <message>
        <source>sheet %1, row %2, column %3: %4</source>
        <translation>工作表 %1，第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>Design day and year</source>
        <translation>设计日与全年</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>气象</translation>
    </message>
    <message>
        <source>%1 hours: %2</source>
        <translation>%1 小时：%2</translation>
    </message>
    <message>
        <source>Design condition</source>
        <translation>设计工况</translation>
    </message>
    <message>
        <source>%1 % of hours: %2 °C dry-bulb, %3 °C wet-bulb</source>
        <translation>%1 % 的小时：干球 %2 °C，湿球 %3 °C</translation>
    </message>
    <message>
        <source>Hours above design</source>
        <translation>超出设计工况的小时数</translation>
    </message>
    <message>
        <source>PUE annual / design day</source>
        <translation>年均 PUE / 设计日 PUE</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Worst hour PUE</source>
        <translation>最差小时 PUE</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>IT 负载</translation>
    </message>
    <message>
        <source>%1, limited by %2</source>
        <translation>%1，受 %2 限制</translation>
    </message>
    <message>
        <source>the electrical chain</source>
        <translation>供电链路</translation>
    </message>
    <message>
        <source>the grid at the design-day PUE</source>
        <translation>设计日 PUE 下的电网</translation>
    </message>
    <message>
        <source>Site elevation</source>
        <translation>场址海拔</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>PUE hourly</source>
        <translation>逐时 PUE</translation>
    </message>
    <message>
        <source>PUE from means</source>
        <translation>按均值计算的 PUE</translation>
    </message>
    <message>
        <source>Design PUE</source>
        <translation>设计 PUE</translation>
    </message>
    <message>
        <source>WUE L/kWh</source>
        <translation>WUE L/kWh</translation>
    </message>
    <message>
        <source>Free h</source>
        <translation>自然冷却小时</translation>
    </message>
    <message>
        <source>Economiser h</source>
        <translation>节能器小时</translation>
    </message>
    <message>
        <source>Mechanical h</source>
        <translation>机械制冷小时</translation>
    </message>
    <message>
        <source>Climate: %1</source>
        <translation>气候：%1</translation>
    </message>
    <message>
        <source>PUE and water are computed hour by hour from the site&apos;s weather; the power budget sizes IT so that the facility at the design condition fits the grid (cooling is capped there, so no hour draws more). Technologies compared at 30 MW IT on 40 MW installed.</source>
        <translation>PUE 和用水量根据场址气象逐时计算；电力预算按设计工况下设施总用电不超过电网容量来确定 IT 规模（冷却在该工况下封顶，因此任何小时都不会超出）。各技术在 40 MW 已安装容量、30 MW IT 下比较。</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>项目组合概要</translation>
    </message>
    <message>
        <source>Appendix: assumptions and sources</source>
        <translation>附录：假设与来源</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>Sections (the title page is always included)</source>
        <translation>章节（始终包含封面）</translation>
    </message>
    <message>
        <source>One page per site:</source>
        <translation>每个场址一页：</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>正在准备打印预览…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Preparing the print preview: page %1 of %2</source>
        <translation>正在准备打印预览：第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>正在写入 PDF 报告…</translation>
    </message>
    <message>
        <source>Writing the PDF report: page %1 of %2</source>
        <translation>正在写入 PDF 报告：第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Export all charts to folder</source>
        <translation>将所有图表导出到文件夹</translation>
    </message>
    <message>
        <source>Exporting the charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <source>Exporting the charts: chart %1 of %2</source>
        <translation>正在导出图表：第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Wrote %1 files (PNG and SVG) to %2.</source>
        <translation>已将 %1 个文件（PNG 和 SVG）写入 %2。</translation>
    </message>
    <message>
        <source>Export tables to folder</source>
        <translation>将表格导出到文件夹</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Wrote %1 CSV files and tables.xlsx to %2.</source>
        <translation>已将 %1 个 CSV 文件和 tables.xlsx 写入 %2。</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>USD %1 M</source>
        <translation>%1 百万美元</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>%1 — conversion plan report</source>
        <translation>%1 — 改造方案报告</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Mine2AI Planner</source>
        <translation>Mine2AI Planner</translation>
    </message>
    <message>
        <source>%1 · scenario %2 · Mine2AI Planner %3</source>
        <translation>%1 · 情景 %2 · Mine2AI Planner %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Sensitivity and risk</source>
        <translation>敏感性与风险</translation>
    </message>
    <message>
        <source>MINE2AI PLANNER</source>
        <translation>MINE2AI PLANNER</translation>
    </message>
    <message>
        <source>Conversion plan report</source>
        <translation>改造方案报告</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Mine2AI Planner %1</source>
        <translation>Mine2AI Planner %1</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>评估期</translation>
    </message>
    <message>
        <source>%1 years, discount rate %2</source>
        <translation>%1 年，折现率 %2</translation>
    </message>
    <message>
        <source>Sites in this report</source>
        <translation>本报告包含的场址</translation>
    </message>
    <message>
        <source>Portfolio at a glance</source>
        <translation>项目组合概览</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation>当前电网接入容量</translation>
    </message>
    <message>
        <source>AI IT capacity</source>
        <translation>AI IT 容量</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Conversion capex</source>
        <translation>改造资本支出</translation>
    </message>
    <message>
        <source>NPV, converting</source>
        <translation>净现值，改造</translation>
    </message>
    <message>
        <source>NPV, keep mining</source>
        <translation>净现值，继续挖矿</translation>
    </message>
    <message>
        <source>Incremental NPV of converting</source>
        <translation>改造的增量净现值</translation>
    </message>
    <message>
        <source>All figures are computed by the Mine2AI Planner engines from the inputs and cost assumptions listed in this report (see the appendix). Money is in %1, NPV discounted monthly at the portfolio discount rate over the horizon. Estimates are marked as such in the appendix; check them against quotes before committing capital.</source>
        <translation>所有数据均由 Mine2AI Planner 引擎根据本报告所列的输入和成本假设计算（见附录）。金额单位为 %1，净现值按项目组合折现率在评估期内逐月折现。估算值已在附录中注明；投入资本前请以报价核实。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>改造</translation>
    </message>
    <message>
        <source>Grid MW today / queue</source>
        <translation>当前电网 MW / 排队</translation>
    </message>
    <message>
        <source>Capex USD M</source>
        <translation>资本支出 百万美元</translation>
    </message>
    <message>
        <source>NPV USD M</source>
        <translation>净现值 百万美元</translation>
    </message>
    <message>
        <source>Δ NPV USD M</source>
        <translation>Δ 净现值 百万美元</translation>
    </message>
    <message>
        <source>Incr. IRR</source>
        <translation>增量 IRR</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>Feasible total</source>
        <translation>可行合计</translation>
    </message>
    <message>
        <source>Portfolio total</source>
        <translation>项目组合合计</translation>
    </message>
    <message>
        <source>%1. %2 (infeasible)</source>
        <translation>%1. %2（不可行）</translation>
    </message>
    <message>
        <source>%1. %2 (USD %3 M/MW)</source>
        <translation>%1. %2（%3 百万美元/MW）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1. Δ NPV = incremental NPV of converting vs keep mining; incremental IRR = IRR of converting&apos;s monthly net minus keep-mining&apos;s. Convert first (Δ NPV per MW of IT): %2</source>
        <translation>%1. Δ 净现值 = 改造相对继续挖矿的增量净现值；增量内部收益率 = 改造月度净现金流减去继续挖矿月度净现金流的 IRR。优先改造（每 MW IT 的 Δ 净现值）：%2</translation>
    </message>
    <message>
        <source>
Infeasible — no AI revenue, ranked last, left out of the totals: %1</source>
        <translation>
不可行 — 无 AI 收入，排在最后，不计入合计：%1</translation>
    </message>
    <message>
        <source>Schedule overview: conversion start to first RFS (filled) and full capacity (hollow)</source>
        <translation>进度概览：从改造开始到首次投运（实心）和满负荷投运（空心）</translation>
    </message>
    <message>
        <source>RFS %1</source>
        <translation>投运 %1</translation>
    </message>
    <message>
        <source>, full %1</source>
        <translation>，满负荷 %1</translation>
    </message>
    <message>
        <source>Monte Carlo on schedule and money together: %1 trials, seed %2. Market prices (hashprice, GPU-hour, GPU) are drawn once per trial for the whole portfolio; power price, rent, utilisation, capex overrun, PUE and every task duration per site (docs/model.md &quot;Sensitivity and risk&quot;). P(beats mining): share of trials with incremental NPV &gt; 0; P(RFS by %3): share in service by that month.</source>
        <translation>对进度与资金同时进行蒙特卡洛模拟：%1 次试验，随机种子 %2。市场价格（算力价格、GPU 小时、GPU）每次试验对整个项目组合抽样一次；电价、租金、利用率、资本支出超支、PUE 及每项任务工期按场址抽样（docs/model.md “Sensitivity and risk”）。P(优于挖矿)：增量净现值 &gt; 0 的试验比例；P(%3 前投运)：该月前已投运的比例。</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>P(beats mining)</source>
        <translation>P(优于挖矿)</translation>
    </message>
    <message>
        <source>First RFS P10</source>
        <translation>首次投运 P10</translation>
    </message>
    <message>
        <source>P(RFS by %1)</source>
        <translation>P(%1 前投运)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Inputs and conversion steps</source>
        <translation>输入与改造步骤</translation>
    </message>
    <message>
        <source> + %1 from %2</source>
        <translation> + %1，自 %2 起</translation>
    </message>
    <message>
        <source>colocation, USD %1/kW-mo + power</source>
        <translation>托管，%1 USD/kW·月 + 电费</translation>
    </message>
    <message>
        <source>colocation, USD %1/kW-mo incl. power</source>
        <translation>托管，%1 USD/kW·月（含电费）</translation>
    </message>
    <message>
        <source>GPU cloud, USD %1/GPU-h, %2 sold</source>
        <translation>GPU 云，%1 USD/GPU·小时，售出 %2</translation>
    </message>
    <message>
        <source>sealing</source>
        <translation>密封</translation>
    </message>
    <message>
        <source>fire suppression</source>
        <translation>灭火系统</translation>
    </message>
    <message>
        <source>BMS</source>
        <translation>BMS</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>%1, %2°, %3°</source>
        <translation>%1，%2°，%3°</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>%1, USD %2/MWh (%3/yr)</source>
        <translation>%1，%2 USD/MWh（%3/年）</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>电网碳排放</translation>
    </message>
    <message>
        <source>%1 g CO₂/kWh</source>
        <translation>%1 g CO₂/kWh</translation>
    </message>
    <message>
        <source>Mining fleet</source>
        <translation>矿机群</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 kW)</source>
        <translation>%1 × %2（%3 kW）</translation>
    </message>
    <message>
        <source>USD %1/PH/day (%2/yr)</source>
        <translation>%1 USD/PH/天（%2/年）</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>改造比例</translation>
    </message>
    <message>
        <source>%1 of grid, %2</source>
        <translation>电网的 %1，%2</translation>
    </message>
    <message>
        <source>1 GPU install</source>
        <translation>1 GPU 安装</translation>
    </message>
    <message>
        <source>%1 kW/rack, %2 GPUs, %3</source>
        <translation>%1 kW/机柜，%2 块 GPU，%3</translation>
    </message>
    <message>
        <source>custom platform</source>
        <translation>自定义平台</translation>
    </message>
    <message>
        <source>2 Electrical</source>
        <translation>2 电气</translation>
    </message>
    <message>
        <source>%1, %2 × %3 blocks</source>
        <translation>%1，%2 × %3 个模块</translation>
    </message>
    <message>
        <source>3 Cooling</source>
        <translation>3 冷却</translation>
    </message>
    <message>
        <source>4 Facility</source>
        <translation>4 设施</translation>
    </message>
    <message>
        <source>GPU delivery</source>
        <translation>GPU 交付</translation>
    </message>
    <message>
        <source>when procurement ends</source>
        <translation>采购结束时</translation>
    </message>
    <message>
        <source>Energisation</source>
        <translation>送电</translation>
    </message>
    <message>
        <source>%1 phase(s), %2 months apart</source>
        <translation>%1 期，间隔 %2 个月</translation>
    </message>
    <message>
        <source>Extra tasks</source>
        <translation>额外任务</translation>
    </message>
    <message>
        <source>Power budget (MW)</source>
        <translation>电力预算（MW）</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>Avg.</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Electrical losses</source>
        <translation>电气损耗</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Grid now / with queue</source>
        <translation>当前电网 / 含排队</translation>
    </message>
    <message>
        <source>Converted / mining grid</source>
        <translation>改造 / 挖矿电网</translation>
    </message>
    <message>
        <source>Installed / usable chain</source>
        <translation>已安装 / 可用供电链路</translation>
    </message>
    <message>
        <source>Spare at peak</source>
        <translation>峰值余量</translation>
    </message>
    <message>
        <source>Mining before / after</source>
        <translation>改造前 / 后挖矿</translation>
    </message>
    <message>
        <source>Limit: electrical chain</source>
        <translation>限制：供电链路</translation>
    </message>
    <message>
        <source>Limit: grid</source>
        <translation>限制：电网</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Racks / GPUs</source>
        <translation>机柜 / GPU</translation>
    </message>
    <message>
        <source>First ready for service</source>
        <translation>首次投运</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>满负荷投运</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>Facility capex per MW IT</source>
        <translation>每 MW IT 设施资本支出</translation>
    </message>
    <message>
        <source>%1/MW</source>
        <translation>%1/MW</translation>
    </message>
    <message>
        <source>GPU purchase</source>
        <translation>GPU 采购</translation>
    </message>
    <message>
        <source>NPV within horizon</source>
        <translation>期内净现值</translation>
    </message>
    <message>
        <source>Terminal value (PV)</source>
        <translation>终值（现值）</translation>
    </message>
    <message>
        <source>Terminal value share of NPV</source>
        <translation>终值占净现值比例</translation>
    </message>
    <message>
        <source>Incremental NPV</source>
        <translation>增量净现值</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation>相对继续挖矿的增量内部收益率</translation>
    </message>
    <message>
        <source>IRR of converting</source>
        <translation>改造的内部收益率</translation>
    </message>
    <message>
        <source>Project IRR after tax (unlevered)</source>
        <translation>税后项目内部收益率（无杠杆）</translation>
    </message>
    <message>
        <source>Equity IRR (after tax and debt)</source>
        <translation>股权内部收益率（税后及债务后）</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>最低 DSCR</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source> (below covenant)</source>
        <translation>（低于契约要求）</translation>
    </message>
    <message>
        <source>Income tax over the horizon</source>
        <translation>评估期内所得税</translation>
    </message>
    <message>
        <source>Cost of 1 month delay</source>
        <translation>延误 1 个月的成本</translation>
    </message>
    <message>
        <source>Miners off, keep / remaining</source>
        <translation>矿机停机，保留 / 剩余</translation>
    </message>
    <message>
        <source>%1 / %2 months</source>
        <translation>%1 / %2 个月</translation>
    </message>
    <message>
        <source>PUE annual / peak</source>
        <translation>年均 / 峰值 PUE</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>%1 t/yr</source>
        <translation>%1 t/年</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>用水</translation>
    </message>
    <message>
        <source>%1 m³/yr</source>
        <translation>%1 m³/年</translation>
    </message>
    <message>
        <source>Idle-GPU cost (in NPV)</source>
        <translation>闲置 GPU 成本（计入净现值）</translation>
    </message>
    <message>
        <source>Keep mining (the plan is infeasible)</source>
        <translation>继续挖矿（该方案不可行）</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Miners off</source>
        <translation>矿机停机</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Year from %1</source>
        <translation>自 %1 起的年份</translation>
    </message>
    <message>
        <source>Site %1 of %2: %3</source>
        <translation>场址 %1 / %2：%3</translation>
    </message>
    <message>
        <source>Infeasible — this plan cannot work: it earns no AI revenue, is ranked last and is left out of the portfolio totals.</source>
        <translation>不可行 — 该方案无法实施：没有 AI 收入，排在最后，不计入项目组合合计。</translation>
    </message>
    <message>
        <source>Conversion schedule (critical path in red)</source>
        <translation>改造进度计划（关键路径为红色）</translation>
    </message>
    <message>
        <source>No converting cash flow: the plan cannot work.</source>
        <translation>无改造现金流：该方案无法实施。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Cost assumption</source>
        <translation>成本假设</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit / basis</source>
        <translation>单位 / 计算基础</translation>
    </message>
    <message>
        <source>GPU fit-out (racks, network, distribution)</source>
        <translation>GPU 部署（机柜、网络、配电）</translation>
    </message>
    <message>
        <source>USD M per MW of IT</source>
        <translation>每 MW IT 百万美元</translation>
    </message>
    <message>
        <source>Electrical chain</source>
        <translation>供电链路</translation>
    </message>
    <message>
        <source>USD M per installed MW</source>
        <translation>每已安装 MW 百万美元</translation>
    </message>
    <message>
        <source>Cooling, %1</source>
        <translation>冷却，%1</translation>
    </message>
    <message>
        <source>Sealing and dust filtration</source>
        <translation>密封与防尘过滤</translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation>灭火系统</translation>
    </message>
    <message>
        <source>Monitoring / BMS</source>
        <translation>监控 / BMS</translation>
    </message>
    <message>
        <source>Tier III certification works</source>
        <translation>Tier III 认证工程</translation>
    </message>
    <message>
        <source>Tier IV certification works</source>
        <translation>Tier IV 认证工程</translation>
    </message>
    <message>
        <source>% of capex</source>
        <translation>占资本支出 %</translation>
    </message>
    <message>
        <source>O&amp;M, AI hall</source>
        <translation>运维，AI 机房</translation>
    </message>
    <message>
        <source>USD per MW of IT per year</source>
        <translation>每 MW IT 每年 USD</translation>
    </message>
    <message>
        <source>O&amp;M, mining</source>
        <translation>运维，挖矿</translation>
    </message>
    <message>
        <source>USD per MW per year</source>
        <translation>每 MW 每年 USD</translation>
    </message>
    <message>
        <source>USD per TH/s</source>
        <translation>每 TH/s USD</translation>
    </message>
    <message>
        <source>GPU depreciation</source>
        <translation>GPU 折旧</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Colocation lease and property costs</source>
        <translation>托管租约与物业成本</translation>
    </message>
    <message>
        <source>% of rent</source>
        <translation>占租金 %</translation>
    </message>
    <message>
        <source>GPU cloud service costs</source>
        <translation>GPU 云服务成本</translation>
    </message>
    <message>
        <source>% of GPU revenue</source>
        <translation>占 GPU 收入 %</translation>
    </message>
    <message>
        <source>GPU useful life</source>
        <translation>GPU 使用寿命</translation>
    </message>
    <message>
        <source>years; then the fleet is bought again</source>
        <translation>年；之后重新购置整批 GPU</translation>
    </message>
    <message>
        <source>years; then the fleet stops earning</source>
        <translation>年；之后整批 GPU 停止创收</translation>
    </message>
    <message>
        <source>Facility life (residual value)</source>
        <translation>设施寿命（残值）</translation>
    </message>
    <message>
        <source>years; residual value counted</source>
        <translation>年；计入残值</translation>
    </message>
    <message>
        <source>years; residual value ignored</source>
        <translation>年；不计残值</translation>
    </message>
    <message>
        <source>% per year</source>
        <translation>每年 %</translation>
    </message>
    <message>
        <source>years from %1</source>
        <translation>自 %1 起的年数</translation>
    </message>
    <message>
        <source>GPU platforms</source>
        <translation>GPU 平台</translation>
    </message>
    <message>
        <source>ASIC models</source>
        <translation>ASIC 型号</translation>
    </message>
    <message>
        <source>Cooling technologies</source>
        <translation>冷却技术</translation>
    </message>
    <message>
        <source>Country presets</source>
        <translation>国家预设</translation>
    </message>
    <message>
        <source>Catalogue sources</source>
        <translation>目录来源</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <source>Infeasible — the plan cannot work, so it earns no AI revenue and is left out of the portfolio totals:</source>
        <translation>不可行 — 该方案无法实施，因此没有 AI 收入，不计入项目组合合计：</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 个场址</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 个场址</translation>
    </message>
    <message>
        <source>%1, %2 infeasible — excluded from totals</source>
        <translation>%1，%2 个不可行 — 不计入合计</translation>
    </message>
    <message>
        <source>Colocation</source>
        <translation>托管</translation>
    </message>
    <message>
        <source>GPU cloud</source>
        <translation>GPU 云</translation>
    </message>
    <message>
        <source>no certification</source>
        <translation>无认证</translation>
    </message>
    <message>
        <source>Uptime Tier III</source>
        <translation>Uptime Tier III</translation>
    </message>
    <message>
        <source>Uptime Tier IV</source>
        <translation>Uptime Tier IV</translation>
    </message>
    <message>
        <source>N (no redundancy)</source>
        <translation>N（无冗余）</translation>
    </message>
    <message>
        <source>N+1</source>
        <translation>N+1</translation>
    </message>
    <message>
        <source>2N</source>
        <translation>2N</translation>
    </message>
    <message>
        <source>2(N+1)</source>
        <translation>2(N+1)</translation>
    </message>
    <message>
        <source>distributed redundant</source>
        <translation>分布式冗余</translation>
    </message>
    <message>
        <source>hydro</source>
        <translation>水电</translation>
    </message>
    <message>
        <source>natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <source>grid mix</source>
        <translation>电网混合</translation>
    </message>
    <message>
        <source>nuclear</source>
        <translation>核电</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>顺序施工</translation>
    </message>
    <message>
        <source>fast track</source>
        <translation>快速通道</translation>
    </message>
    <message>
        <source>Hourly PUE, day × hour (%1)</source>
        <translation>逐时 PUE，日 × 时（%1）</translation>
    </message>
    <message>
        <source>PUE by day and hour, %1 (monthly means; no hourly weather)</source>
        <translation>按日和小时的 PUE，%1（月均值；无逐时气象）</translation>
    </message>
    <message>
        <source>Day of the year</source>
        <translation>一年中的第几天</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>一天中的小时</translation>
    </message>
    <message>
        <source>Capex by conversion step — %1 (USD M)</source>
        <translation>各改造步骤的资本支出 — %1（百万美元）</translation>
    </message>
    <message>
        <source>USD M</source>
        <translation>百万美元</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>NPV, converting (USD M)</source>
        <translation>净现值，改造（百万美元）</translation>
    </message>
    <message>
        <source>Incremental NPV vs keep mining (USD M)</source>
        <translation>增量净现值（相对挖矿，百万美元）</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>股权内部收益率</translation>
    </message>
    <message>
        <source>IT load (MW)</source>
        <translation>IT 负载（MW）</translation>
    </message>
    <message>
        <source>PUE (annual)</source>
        <translation>PUE（年度）</translation>
    </message>
    <message>
        <source>CO₂ (t/year)</source>
        <translation>CO₂（吨/年）</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>情景比较</translation>
    </message>
    <message>
        <source>The base is the portfolio as reported; each scenario changes only the inputs it names and is computed in full by the same engines. Portfolio figures are over feasible sites only.</source>
        <translation>基准即本报告中的项目组合；每个情景只改变其指明的输入，并由相同的引擎完整计算。项目组合数据仅计入可行场址。</translation>
    </message>
    <message>
        <source>The first %1 of %2 scenarios are shown.</source>
        <translation>仅显示 %2 个情景中的前 %1 个。</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>项目组合</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Site: incremental NPV (USD M) / first RFS</source>
        <translation>场址：增量净现值（百万美元）/ 首次投运</translation>
    </message>
    <message>
        <source>… and %1 more sites (mine2ai-cli scenarios FILE --json lists every site).</source>
        <translation>……另有 %1 个场址（mine2ai-cli scenarios 文件 --json 列出全部场址）。</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>项目组合</translation>
    </message>
    <message>
        <source>NPV by scenario: %1</source>
        <translation>各情景净现值：%1</translation>
    </message>
    <message>
        <source>Risk: sensitivity and Monte Carlo (the Risk page&apos;s last run)</source>
        <translation>风险：敏感性与蒙特卡洛（风险页面的最近一次运行）</translation>
    </message>
    <message>
        <source>Risk: sensitivity and Monte Carlo (runs %1 trials first)</source>
        <translation>风险：敏感性与蒙特卡洛（先运行 %1 次试验）</translation>
    </message>
    <message>
        <source>No run of the portfolio as it is now: the export runs one with the project&apos;s risk inputs (Cancel leaves the page out)</source>
        <translation>没有当前项目组合的运行结果：导出时将使用项目的风险输入运行一次（取消则不含该页）</translation>
    </message>
    <message>
        <source>Running the risk analysis for the report: %1 trials…
Cancel leaves the risk page out of the report.</source>
        <translation>正在为报告运行风险分析：%1 次试验…
取消则报告中不含风险页。</translation>
    </message>
    <message>
        <source>Risk analysis</source>
        <translation>风险分析</translation>
    </message>
    <message>
        <source>The risk analysis failed, so the report has no risk page: %1</source>
        <translation>风险分析失败，因此报告不含风险页：%1</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Procure electrical (switchgear, transformers)</source>
        <translation>电气采购（开关柜、变压器）</translation>
    </message>
    <message>
        <source>Procure cooling</source>
        <translation>冷却设备采购</translation>
    </message>
    <message>
        <source>Procure GPU servers</source>
        <translation>采购 GPU 服务器</translation>
    </message>
    <message>
        <source>Decommission ASICs</source>
        <translation>拆除 ASIC 矿机</translation>
    </message>
    <message>
        <source>Electrical works</source>
        <translation>电气施工</translation>
    </message>
    <message>
        <source>Cooling works</source>
        <translation>冷却施工</translation>
    </message>
    <message>
        <source>Facility works</source>
        <translation>设施施工</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>User tasks</source>
        <translation>用户任务</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Notes on inputs</source>
        <translation>输入备注</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>RiskChartNames</name>
    <message>
        <source>Trials</source>
        <translation>试验次数</translation>
    </message>
    <message>
        <source>P(first RFS by month)</source>
        <translation>截至当月首次投运的概率</translation>
    </message>
</context>
<context>
    <name>RiskInputs</name>
    <message>
        <source>missing required key</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must be fixed, triangular, pert, normal or lognormal, got &apos;%1&apos;</source>
        <translation>必须是 fixed、triangular、pert、normal 或 lognormal，实际为“%1”</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>必须是数字，实际为 %1</translation>
    </message>
    <message>
        <source>must be an object {&quot;trials&quot;, &quot;seed&quot;, &quot;rfsBy&quot;, &quot;distributions&quot;, &quot;taskDurations&quot;}, got %1</source>
        <translation>必须是对象 {&quot;trials&quot;, &quot;seed&quot;, &quot;rfsBy&quot;, &quot;distributions&quot;, &quot;taskDurations&quot;}，实际为 %1</translation>
    </message>
    <message>
        <source>must be a whole number between 1 and %1, got %2</source>
        <translation>必须是介于 1 和 %1 之间的整数，实际为 %2</translation>
    </message>
    <message>
        <source>must be a whole number 0 or more, got %1</source>
        <translation>必须是大于或等于 0 的整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be &quot;YYYY-MM&quot; or null, got %1</source>
        <translation>必须是 &quot;YYYY-MM&quot;（年-月）或 null，实际为 %1</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>必须是数组，实际为 %1</translation>
    </message>
    <message>
        <source>has %1 rows, more than the %2 allowed</source>
        <translation>有 %1 行，超过允许的 %2 行</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>必须是对象，实际为 %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>必须是有限数值</translation>
    </message>
    <message>
        <source>must be at most the most likely value %1 (min ≤ mode ≤ max), got %2</source>
        <translation>不能大于最可能值 %1（min ≤ mode ≤ max），实际为 %2</translation>
    </message>
    <message>
        <source>must be at least the most likely value %1 (min ≤ mode ≤ max), got %2</source>
        <translation>不能小于最可能值 %1（min ≤ mode ≤ max），实际为 %2</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>必须大于或等于 0</translation>
    </message>
    <message>
        <source>normal can draw negative values; use lognormal, pert or triangular</source>
        <translation>normal 分布可能抽取到负值；请使用 lognormal、pert 或 triangular</translation>
    </message>
    <message>
        <source>must be between 0 and 3</source>
        <translation>必须介于 0 和 3 之间</translation>
    </message>
    <message>
        <source>must be 0 or more (the median)</source>
        <translation>必须大于或等于 0（中位数）</translation>
    </message>
    <message>
        <source>names no site of the portfolio (&apos;%1&apos;)</source>
        <translation>未指定项目组合中的任何场址（“%1”）</translation>
    </message>
    <message>
        <source>names no task of site &apos;%1&apos; (&apos;%2&apos;)</source>
        <translation>未指定场址“%1”的任何任务（“%2”）</translation>
    </message>
    <message>
        <source>must be at most %1 for a portfolio of %2 sites (the samples would not fit in memory)</source>
        <translation>对于包含 %2 个场址的项目组合，不能超过 %1（样本将无法装入内存）</translation>
    </message>
    <message>
        <source>The portfolio or the risk settings have problems: %1</source>
        <translation>项目组合或风险设置存在问题：%1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 trials</source>
        <translation>已在 %2 次试验中的第 %1 次后取消</translation>
    </message>
    <message>
        <source>Risk run failed: %1</source>
        <translation>风险计算失败：%1</translation>
    </message>
    <message>
        <source>must be between 1 and %1, got %2</source>
        <translation>必须介于 1 和 %1 之间，实际为 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a risk input (docs/model.md &quot;Sensitivity and risk&quot;)</source>
        <translation>“%1”不是风险输入（docs/model.md &quot;Sensitivity and risk&quot;）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation>“%1”被设置了两次</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no duration of its own to draw</source>
        <translation>“%1”没有可抽样的自身工期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; is set twice</source>
        <translation>“%2”的“%1”被设置了两次</translation>
    </message>
    <message>
        <source>must be at most 600 months</source>
        <translation>不能超过 600 个月</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>必须介于 1 和 %1 之间</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 90 (percent)</source>
        <translation>必须大于 0 且不超过 90（百分比）</translation>
    </message>
    <message>
        <source>Cannot run the sensitivity: %1</source>
        <translation>无法运行敏感性分析：%1</translation>
    </message>
    <message>
        <source>Sensitivity failed: %1</source>
        <translation>敏感性分析失败：%1</translation>
    </message>
</context>
<context>
    <name>RiskInputsDialog</name>
    <message>
        <source>%1 (duration)</source>
        <translation>%1（工期）</translation>
    </message>
    <message>
        <source>Risk inputs</source>
        <translation>风险输入</translation>
    </message>
    <message>
        <source>Each input is a multiplier on the portfolio&apos;s own value (most likely 1). Market inputs are drawn once per trial for the whole portfolio, the others per site. Rows in italics are at the catalogue default; hover a row for its source (docs/model.md “Sensitivity and risk”).</source>
        <translation>每个输入都是组合自身数值的乘数（最可能值为 1）。市场输入每次试验对整个组合抽取一次，其他输入按场址抽取。斜体行为目录默认值；将鼠标悬停在行上可查看其来源（docs/model.md “Sensitivity and risk”）。</translation>
    </message>
    <message>
        <source>RFS by</source>
        <translation>投运截止</translation>
    </message>
    <message>
        <source>(off: the deterministic first RFS)</source>
        <translation>（关闭：确定性的首次投运）</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验次数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Probability of</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>最可能值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>σ (lognormal, normal)</source>
        <translation>σ（对数正态、正态）</translation>
    </message>
    <message>
        <source>Tasks with their own duration (months)</source>
        <translation>具有自身工期的任务（月）</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>添加任务(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>移除任务(&amp;R)</translation>
    </message>
    <message>
        <source>Catalogue &amp;defaults</source>
        <translation>目录默认值(&amp;D)</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation>（估计）</translation>
    </message>
    <message>
        <source>Task row %1</source>
        <translation>任务第 %1 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Refused — %1 %2</source>
        <translation>已拒绝 — %1 %2</translation>
    </message>
    <message>
        <source>Hashprice (market)</source>
        <translation>算力价格（hashprice，市场）</translation>
    </message>
    <message>
        <source>GPU-hour price (market)</source>
        <translation>每 GPU 小时价格（市场）</translation>
    </message>
    <message>
        <source>GPU price (market)</source>
        <translation>GPU 价格（市场）</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Colocation rent</source>
        <translation>托管租金</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>GPU 利用率</translation>
    </message>
    <message>
        <source>Capex overrun</source>
        <translation>资本支出超支</translation>
    </message>
    <message>
        <source>PUE overhead (PUE − 1)</source>
        <translation>PUE 开销（PUE − 1）</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation>报告 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the report&apos;s title and risk pages of this run as a PDF</source>
        <translation>将本次运行报告的封面和风险页写成 PDF</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Sensitivity ±</source>
        <translation>敏感性 ±</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Run to see how the inputs move the answer and how likely it is.</source>
        <translation>运行以查看各输入如何影响结果及其可能性。</translation>
    </message>
    <message>
        <source>The inputs changed since this run: Run again for current figures.</source>
        <translation>自本次运行以来输入已更改：请重新运行以获得最新数据。</translation>
    </message>
    <message>
        <source>Running %1 trials…</source>
        <translation>正在运行 %1 次试验…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 trials.</source>
        <translation>已在 %1 / %2 次试验后取消。</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>%1 trials, seed %2. Portfolio incremental NPV P10 / P50 / P90: %3 / %4 / %5 USD M; converting beats mining in %6 % of trials.</source>
        <translation>%1 次试验，随机种子 %2。项目组合增量净现值 P10 / P50 / P90：%3 / %4 / %5 百万美元；改造在 %6 % 的试验中优于挖矿。</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>项目组合</translation>
    </message>
    <message>
        <source>Run the risk analysis first.</source>
        <translation>请先运行风险分析。</translation>
    </message>
    <message>
        <source>Risk report</source>
        <translation>风险报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Risk &amp;inputs…</source>
        <translation>风险输入(&amp;I)…</translation>
    </message>
    <message>
        <source>Three-point task durations and the distributions of prices, capex and utilisation, saved with the project</source>
        <translation>三点估计的任务工期以及价格、资本支出和利用率的分布，随项目保存</translation>
    </message>
    <message>
        <source>Edit risk inputs</source>
        <translation>编辑风险输入</translation>
    </message>
    <message>
        <source>Risk inputs refused</source>
        <translation>风险输入被拒绝</translation>
    </message>
</context>
<context>
    <name>ScenarioChartNames</name>
    <message>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>Incremental NPV</source>
        <translation>增量净现值</translation>
    </message>
</context>
<context>
    <name>ScenarioComparisonModel</name>
    <message>
        <source>NPV, converting</source>
        <translation>净现值，改造</translation>
    </message>
    <message>
        <source>Incremental NPV vs keep mining</source>
        <translation>增量净现值（相对挖矿）</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>股权内部收益率</translation>
    </message>
    <message>
        <source>First ready for service</source>
        <translation>首次投运</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>满负荷</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>IT 负载</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>PUE (annual)</source>
        <translation>PUE（年度）</translation>
    </message>
    <message>
        <source>CO₂ (t/year)</source>
        <translation>CO₂（吨/年）</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s) of this scenario not applied; see below the table</source>
        <translation>
            <numerusform>此情景有 %n 项更改未应用；见表格下方</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
</context>
<context>
    <name>ScenarioComparisonView</name>
    <message>
        <source>Scenarios side by side for</source>
        <translation>情景并列比较：</translation>
    </message>
    <message>
        <source>Computing every scenario…</source>
        <translation>正在计算所有情景…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>No scenarios yet: add them in the Scenarios dock (View ▸ Scenarios).</source>
        <translation>尚无情景：请在“情景”面板中添加（视图 ▸ 情景）。</translation>
    </message>
    <message numerus="yes">
        <source>Base and %n scenario(s)</source>
        <translation>
            <numerusform>基准及 %n 个情景</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>项目组合</translation>
    </message>
</context>
<context>
    <name>ScenarioDock</name>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Scenari&amp;os</source>
        <translation>情景(&amp;O)</translation>
    </message>
    <message>
        <source>The base is the portfolio as edited. A scenario names only what it changes; everything else follows the base.</source>
        <translation>基准即当前编辑的项目组合。情景只指明它改变的内容，其余一律沿用基准。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a scenario with no overrides</source>
        <translation>添加一个没有更改的情景</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected scenario with its overrides</source>
        <translation>复制所选情景及其更改</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>Rename the selected scenario</source>
        <translation>重命名所选情景</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected scenario (Undo brings it back)</source>
        <translation>删除所选情景（撤销可恢复）</translation>
    </message>
    <message>
        <source>Make &amp;Base</source>
        <translation>设为基准(&amp;B)</translation>
    </message>
    <message>
        <source>Write the selected scenario&apos;s changes into the portfolio; the old base becomes the scenario &quot;Former base&quot;. Every scenario computes as before.</source>
        <translation>将所选情景的更改写入项目组合；原基准成为情景“原基准”。每个情景的计算结果保持不变。</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>比较(&amp;P)</translation>
    </message>
    <message>
        <source>Show the base and every scenario side by side</source>
        <translation>并列显示基准和每个情景</translation>
    </message>
    <message>
        <source>Overrides of the selected scenario:</source>
        <translation>所选情景的更改：</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>&amp;Set Override</source>
        <translation>设置更改(&amp;S)</translation>
    </message>
    <message>
        <source>Set this field to this value in the selected scenario</source>
        <translation>在所选情景中将此字段设为此值</translation>
    </message>
    <message>
        <source>&amp;Remove Override</source>
        <translation>移除更改(&amp;R)</translation>
    </message>
    <message>
        <source>The scenario follows the base for this field again</source>
        <translation>此字段重新沿用基准</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio and costs</source>
        <translation>项目组合与成本</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Choose a field</source>
        <translation>请选择字段</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>ScenarioEdits</name>
    <message>
        <source>Scenario name: %1</source>
        <translation>情景名称：%1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>添加情景 %1</translation>
    </message>
    <message>
        <source>No scenario selected</source>
        <translation>未选择情景</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>将情景 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>复制情景 %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>删除情景 %1</translation>
    </message>
    <message>
        <source>%1 cannot be overridden in a scenario</source>
        <translation>%1 不能在情景中更改</translation>
    </message>
    <message>
        <source>%1: choose the site it applies to</source>
        <translation>%1：请选择适用的场址</translation>
    </message>
    <message>
        <source>%1 is a portfolio setting and applies to no one site</source>
        <translation>%1 是项目组合设置，不适用于单个场址</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Set %1 in scenario %2</source>
        <translation>在情景 %2 中设置 %1</translation>
    </message>
    <message>
        <source>No override selected</source>
        <translation>未选择更改</translation>
    </message>
    <message>
        <source>Remove %1 from scenario %2</source>
        <translation>从情景 %2 中移除 %1</translation>
    </message>
    <message>
        <source>Former base</source>
        <translation>原基准</translation>
    </message>
    <message>
        <source>%1 cannot become the base: %2</source>
        <translation>%1 不能成为基准：%2</translation>
    </message>
    <message>
        <source>Make scenario %1 the base</source>
        <translation>将情景 %1 设为基准</translation>
    </message>
    <message>
        <source>Scenario settings</source>
        <translation>情景设置</translation>
    </message>
    <message>
        <source>Scenario site</source>
        <translation>情景场址</translation>
    </message>
</context>
<context>
    <name>ScenarioFields</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>%1: must be yes or no, got &quot;%2&quot;</source>
        <translation>%1：必须为是或否，收到“%2”</translation>
    </message>
    <message>
        <source>%1: unknown kind of field</source>
        <translation>%1：未知的字段类型</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准</translation>
    </message>
</context>
<context>
    <name>ScenarioInputs</name>
    <message>
        <source>must be an object {&quot;site&quot;, &quot;field&quot;, &quot;value&quot;}, got %1</source>
        <translation>必须是对象 {&quot;site&quot;, &quot;field&quot;, &quot;value&quot;}，实际为 %1</translation>
    </message>
    <message>
        <source>must be a site&apos;s name or null, got %1</source>
        <translation>必须是场址名称或 null，实际为 %1</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>必须是字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must be a number, true/false or a string, got %1</source>
        <translation>必须是数字、true/false 或字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must be an array of scenarios, got %1</source>
        <translation>必须是情景数组，实际为 %1</translation>
    </message>
    <message>
        <source>more than %1 scenarios</source>
        <translation>情景超过 %1 个</translation>
    </message>
    <message>
        <source>must be an object {&quot;name&quot;, &quot;overrides&quot;}, got %1</source>
        <translation>必须是对象 {&quot;name&quot;, &quot;overrides&quot;}，实际为 %1</translation>
    </message>
    <message>
        <source>must be an array of overrides, got %1</source>
        <translation>必须是更改项数组，实际为 %1</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; not applied</source>
        <translation>未知字段“%1”；未应用</translation>
    </message>
    <message>
        <source>%1 is a site field and names no site; not applied</source>
        <translation>%1 是场址字段，但未指定场址；未应用</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; is not in the portfolio (removed or renamed?); %2 not applied</source>
        <translation>场址“%1”不在项目组合中（已删除或重命名？）；%2 未应用</translation>
    </message>
    <message>
        <source>%1 is a portfolio field but names site &apos;%2&apos;; not applied</source>
        <translation>%1 是项目组合字段，但指定了场址“%2”；未应用</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2 override(s) not applied; first: %3</source>
        <translation>情景“%1”：%2 项更改未应用；第一项：%3</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos; in the portfolio; it has none</source>
        <translation>项目组合中没有情景“%1”；它没有任何情景</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos; in the portfolio; it has %2</source>
        <translation>项目组合中没有情景“%1”；现有情景：%2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of the portfolio as it is; choose another</source>
        <translation>“%1”是项目组合现状的名称；请另选一个</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of an earlier scenario; names must be unique</source>
        <translation>“%1”是前面某个情景的名称；名称必须唯一</translation>
    </message>
    <message>
        <source>%1 is overridden twice in this scenario</source>
        <translation>%1 在此情景中被更改了两次</translation>
    </message>
    <message>
        <source>%1 of site &apos;%2&apos; is overridden twice in this scenario</source>
        <translation>场址“%2”的 %1 在此情景中被更改了两次</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 必须是整数，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2; not applied</source>
        <translation>%1 必须是整数，实际为 %2；未应用</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 必须是数字，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2; not applied</source>
        <translation>%1 必须是数字，实际为 %2；未应用</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 必须介于 %2 和 %3 之间，实际为 %4</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4; not applied</source>
        <translation>%1 必须介于 %2 和 %3 之间，实际为 %4；未应用</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4, got %5</source>
        <translation>%1 必须介于 %2 和 %3 %4 之间，实际为 %5</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4, got %5; not applied</source>
        <translation>%1 必须介于 %2 和 %3 %4 之间，实际为 %5；未应用</translation>
    </message>
    <message>
        <source>%1 must be true or false, got %2</source>
        <translation>%1 必须是 true 或 false，实际为 %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, got %2; not applied</source>
        <translation>%1 必须是 true 或 false，实际为 %2；未应用</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 必须是 %2 之一，实际为 %3</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3; not applied</source>
        <translation>%1 必须是 %2 之一，实际为 %3；未应用</translation>
    </message>
    <message>
        <source>%1 has an unknown kind, got %2</source>
        <translation>%1 的类型未知，实际为 %2</translation>
    </message>
    <message>
        <source>%1 has an unknown kind, got %2; not applied</source>
        <translation>%1 的类型未知，实际为 %2；未应用</translation>
    </message>
    <message>
        <source>no scenario %1 to make the base</source>
        <translation>没有可设为基准的第 %1 个情景</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot become the base: scenario &apos;%2&apos;: %3 override(s) not applied; first: %4</source>
        <translation>“%1”无法成为基准：情景“%2”：%3 项更改未应用；第一项：%4</translation>
    </message>
    <message>
        <source>cannot make &apos;%1&apos; the base: %2</source>
        <translation>无法将“%1”设为基准：%2</translation>
    </message>
    <message>
        <source>the scenarios cannot be compared: %1</source>
        <translation>无法比较这些情景：%1</translation>
    </message>
    <message>
        <source>cannot compare the scenarios: %1</source>
        <translation>无法比较情景：%1</translation>
    </message>
</context>
<context>
    <name>ScenarioOverridesModel</name>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>项目组合</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Site not in portfolio: not applied</source>
        <translation>场址不在项目组合中：未应用</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ScheduleTasks</name>
    <message>
        <source>Design and permits</source>
        <translation>设计与审批</translation>
    </message>
    <message>
        <source>Procure switchgear, transformers, UPS, generators</source>
        <translation>采购开关柜、变压器、UPS、发电机</translation>
    </message>
    <message>
        <source>Procure CDUs and heat rejection</source>
        <translation>采购 CDU 与散热设备</translation>
    </message>
    <message>
        <source>Procure CRAHs</source>
        <translation>采购 CRAH 机房空调</translation>
    </message>
    <message>
        <source>Procure GPU servers</source>
        <translation>采购 GPU 服务器</translation>
    </message>
    <message>
        <source>Decommission ASICs</source>
        <translation>拆除 ASIC 矿机</translation>
    </message>
    <message>
        <source>Electrical rebuild</source>
        <translation>电气改造</translation>
    </message>
    <message>
        <source>Cooling retrofit</source>
        <translation>冷却改造</translation>
    </message>
    <message>
        <source>Facility works (sealing, fire suppression, BMS)</source>
        <translation>设施工程（密封、灭火系统、楼宇管理系统）</translation>
    </message>
    <message>
        <source>Install GPU racks</source>
        <translation>安装 GPU 机柜</translation>
    </message>
    <message>
        <source>Commissioning (integrated systems test)</source>
        <translation>调试（综合系统测试）</translation>
    </message>
    <message>
        <source>Grid upgrade (queued interconnect)</source>
        <translation>电网扩容（排队接入容量）</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>具备投运条件</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>满负荷投运</translation>
    </message>
</context>
<context>
    <name>SiteBinder</name>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;已拒绝：&lt;/b&gt;%1&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>SiteComparison</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>%1 USD/MWh</source>
        <translation>%1 USD/MWh</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 g/kWh</translation>
    </message>
    <message>
        <source>%1 USD/PH/day</source>
        <translation>%1 USD/PH/天</translation>
    </message>
    <message>
        <source>%1 USD/kW-month</source>
        <translation>%1 USD/kW·月</translation>
    </message>
    <message>
        <source>%1 USD/GPU-hour</source>
        <translation>%1 USD/GPU·小时</translation>
    </message>
    <message>
        <source>step off</source>
        <translation>步骤关闭</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>air-cooled as mined</source>
        <translation>保持挖矿时的风冷</translation>
    </message>
    <message>
        <source>Hourly weather</source>
        <translation>逐时气象</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>IT 负载</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>年均 PUE</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>具备投运条件</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>NPV vs mining</source>
        <translation>相对挖矿净现值</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation>相对继续挖矿的增量内部收益率</translation>
    </message>
</context>
<context>
    <name>SiteComparisonDialog</name>
    <message>
        <source>Compare Two Sites</source>
        <translation>比较两个场址</translation>
    </message>
    <message>
        <source>Site &amp;A:</source>
        <translation>场址 &amp;A：</translation>
    </message>
    <message>
        <source>Site &amp;B:</source>
        <translation>场址 &amp;B：</translation>
    </message>
    <message>
        <source>Input or result</source>
        <translation>输入或结果</translation>
    </message>
    <message>
        <source>The two sites differ here</source>
        <translation>两个场址在此处不同</translation>
    </message>
</context>
<context>
    <name>SiteDashboard</name>
    <message>
        <source>Power and PUE</source>
        <translation>电力与 PUE</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>进度计划</translation>
    </message>
    <message>
        <source>Cash flow and capex</source>
        <translation>现金流与资本支出</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>气候</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>IT 负载</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>年均 PUE</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>具备投运条件</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>NPV vs mining</source>
        <translation>相对挖矿净现值</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation>相对继续挖矿的增量内部收益率</translation>
    </message>
    <message>
        <source>Terminal value share of NPV</source>
        <translation>终值占净现值比例</translation>
    </message>
    <message>
        <source>Equity IRR after tax and debt</source>
        <translation>股权内部收益率（税后及债务后）</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>最低 DSCR</translation>
    </message>
    <message>
        <source>Critical IT load the grid share and the redundant power chain allow</source>
        <translation>电网分配比例与冗余供电链路允许的关键 IT 负载</translation>
    </message>
    <message>
        <source>GPUs installed (racks × GPUs per rack)</source>
        <translation>已安装 GPU（机柜 × 每机柜 GPU 数）</translation>
    </message>
    <message>
        <source>Energy-weighted PUE over the year with this site&apos;s climate</source>
        <translation>按本场址气候计算的全年能耗加权 PUE</translation>
    </message>
    <message>
        <source>First full month in service, end of the critical path</source>
        <translation>第一个完整投运月，关键路径终点</translation>
    </message>
    <message>
        <source>Conversion capex including contingency, net of ASIC resale</source>
        <translation>改造资本支出，含不可预见费，扣除 ASIC 转售</translation>
    </message>
    <message>
        <source>Net present value of converting over the portfolio horizon</source>
        <translation>改造在项目组合评估期内的净现值</translation>
    </message>
    <message>
        <source>NPV of converting minus NPV of keeping the whole site mining</source>
        <translation>改造的净现值减去整个场址继续挖矿的净现值</translation>
    </message>
    <message>
        <source>IRR of converting&apos;s monthly net minus keep-mining&apos;s: the return on the decision to convert</source>
        <translation>改造月度净现金流减去继续挖矿月度净现金流的 IRR：改造决策的回报</translation>
    </message>
    <message>
        <source>Present value of the terminal value (the hall&apos;s worth at the horizon&apos;s end) as a share of NPV</source>
        <translation>终值（评估期末机房价值）的现值占净现值的比例</translation>
    </message>
    <message>
        <source>IRR of the equity&apos;s monthly flows: converting&apos;s net after income tax, plus debt drawdowns, minus debt service (Edit ▸ Tax and Financing…)</source>
        <translation>股权月度现金流的 IRR：改造的税后净现金流，加上债务提款，减去还本付息（编辑 ▸ 税务与融资…）</translation>
    </message>
    <message>
        <source>Lowest yearly debt service coverage: operating cash after tax ÷ scheduled interest and principal; — without debt</source>
        <translation>最低年度偿债覆盖率：税后经营现金 ÷ 计划利息与本金；无债务时为 —</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>无场址</translation>
    </message>
    <message>
        <source>Facility %1 (%2 per MW of IT, GPUs excluded) + GPU purchase %3, net of ASIC resale %4</source>
        <translation>设施 %1（每 MW IT %2，不含 GPU）+ GPU 采购 %3，扣除 ASIC 转售 %4</translation>
    </message>
    <message>
        <source>Capex (facility %1/MW IT)</source>
        <translation>资本支出（设施 %1/MW IT）</translation>
    </message>
    <message>
        <source>Net present value of converting over the portfolio horizon: USD %1 M within the horizon + USD %2 M terminal value (present value). IRR of converting: %3</source>
        <translation>改造在项目组合评估期内的净现值：期内 %1 百万美元 + 终值 %2 百万美元（现值）。改造的内部收益率：%3</translation>
    </message>
    <message>
        <source>%1. Project IRR after tax (unlevered): %2; income tax over the horizon: %3</source>
        <translation>%1。税后项目内部收益率（无杠杆）：%2；评估期内所得税：%3</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Infeasible: no NPV figures (see the Infeasible tab) · keep mining: miners off in %1 month(s) of negative margin</source>
        <translation>不可行：无净现值数据（见“不可行”选项卡）· 继续挖矿：矿机在 %1 个负利润月停机</translation>
    </message>
    <message>
        <source>NPV within the horizon %1 · terminal value %2 (present value %3) · IRR of converting %4 · keep mining: miners off in %5 month(s) of negative margin · mining share that stays: off in %6</source>
        <translation>期内净现值 %1 · 终值 %2（现值 %3）· 改造的内部收益率 %4 · 继续挖矿：矿机在 %5 个负利润月停机 · 保留的挖矿部分：停机 %6</translation>
    </message>
    <message>
        <source>Limited by the usable capacity of the electrical chain</source>
        <translation>受供电链路可用容量限制</translation>
    </message>
    <message>
        <source>Limited by the grid share converted</source>
        <translation>受改造的电网容量比例限制</translation>
    </message>
    <message>
        <source>Infeasible — this plan cannot work, so it earns no AI revenue and is left out of the portfolio totals and ranked last:</source>
        <translation>不可行 — 该方案无法实施，因此没有 AI 收入，不计入项目组合合计并排在最后：</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>No warnings for this site.</source>
        <translation>本场址无警告。</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <source>Infeasible (%1) · %2</source>
        <translation>不可行（%1）· %2</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <source>Hydro</source>
        <translation>水电</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <source>Grid mix</source>
        <translation>电网混合</translation>
    </message>
    <message>
        <source>Nuclear</source>
        <translation>核电</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>重命名场址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Fills latitude, longitude, energy source, power price, grid carbon and the 12-month climate from the preset (one undo step)</source>
        <translation>从预设填入纬度、经度、能源来源、电价、电网碳排放强度和 12 个月气候（一步撤销）</translation>
    </message>
    <message>
        <source>Country preset</source>
        <translation>国家预设</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>更改国家</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Change latitude</source>
        <translation>更改纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Change longitude</source>
        <translation>更改经度</translation>
    </message>
    <message>
        <source>Grid and energy</source>
        <translation>电网与能源</translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation>当前电网接入容量</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Change grid interconnect</source>
        <translation>更改电网接入容量</translation>
    </message>
    <message>
        <source>Extra capacity requested</source>
        <translation>申请的额外容量</translation>
    </message>
    <message>
        <source>Toggle grid queue</source>
        <translation>切换排队扩容</translation>
    </message>
    <message>
        <source>Grid queue</source>
        <translation>排队扩容</translation>
    </message>
    <message>
        <source>Change queued grid capacity</source>
        <translation>更改待接入容量</translation>
    </message>
    <message>
        <source>Queued extra</source>
        <translation>排队新增</translation>
    </message>
    <message>
        <source>Grid queue year</source>
        <translation>排队扩容年份</translation>
    </message>
    <message>
        <source>Grid queue month</source>
        <translation>排队扩容月份</translation>
    </message>
    <message>
        <source>Year the queued capacity becomes available</source>
        <translation>待接入容量可用的年份</translation>
    </message>
    <message>
        <source>Month (1–12) the queued capacity becomes available</source>
        <translation>待接入容量可用的月份（1–12）</translation>
    </message>
    <message>
        <source>Change grid queue date</source>
        <translation>更改排队扩容日期</translation>
    </message>
    <message>
        <source>Available from (year, month)</source>
        <translation>可用时间（年，月）</translation>
    </message>
    <message>
        <source>Change energy source</source>
        <translation>更改能源来源</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>能源来源</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source> USD/MWh</source>
        <translation> USD/MWh</translation>
    </message>
    <message>
        <source>Change power price</source>
        <translation>更改电价</translation>
    </message>
    <message>
        <source>Price escalation</source>
        <translation>电价涨幅</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/年</translation>
    </message>
    <message>
        <source>Change price escalation</source>
        <translation>更改电价涨幅</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>电网碳排放</translation>
    </message>
    <message>
        <source> g/kWh</source>
        <translation> g/kWh</translation>
    </message>
    <message>
        <source>Change grid carbon</source>
        <translation>更改电网碳排放强度</translation>
    </message>
    <message>
        <source>Climate (monthly normals)</source>
        <translation>气候（月平均值）</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. The preset values come from the country&apos;s climate normals (domain.md §6.1–6.2).</source>
        <translation>双击单元格进行编辑。预设值来自该国的气候标准值（domain.md §6.1–6.2）。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Import from EPW weather file…</source>
        <translation>从 EPW 气象文件导入…</translation>
    </message>
    <message>
        <source>Replace the climate by an EnergyPlus weather file (TMY/EPW): its 8,760 hours (PUE and water are then computed hour by hour and the plant sized on its 0.4 % hours) and their monthly means; wet-bulb is computed from dry-bulb, humidity and pressure hour by hour. Offers the station&apos;s location and elevation for the site.</source>
        <translation>用 EnergyPlus 气象文件（TMY/EPW）替换气候：使用其 8,760 小时数据（PUE 和用水量随后逐时计算，设备按其 0.4 % 小时确定规模）及其月平均值；湿球温度根据干球温度、湿度和气压逐时计算。会建议将气象站的位置和海拔用于场址。</translation>
    </message>
    <message>
        <source>Import climate from EPW</source>
        <translation>从 EPW 导入气候</translation>
    </message>
    <message>
        <source>EnergyPlus weather files (*.epw);;All files (*)</source>
        <translation>EnergyPlus 气象文件 (*.epw);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Climate not imported: %1</source>
        <translation>气候未导入：%1</translation>
    </message>
    <message>
        <source>The station %1 is %2 km from the site (more than %3 km): its hours may not represent the site.</source>
        <translation>气象站 %1 距场址 %2 km（超过 %3 km）：其逐时数据可能不能代表该场址。</translation>
    </message>
    <message>
        <source>Also use the station&apos;s location for the site?

%1: %2°, %3°, %4 m.</source>
        <translation>是否同时将气象站的位置用于场址？

%1：%2°，%3°，%4 m。</translation>
    </message>
    <message>
        <source>Import climate</source>
        <translation>导入气候</translation>
    </message>
    <message>
        <source>Import climate from %1</source>
        <translation>从 %1 导入气候</translation>
    </message>
    <message>
        <source>Climate from %1 (%2 hours, PUE and water hour by hour)</source>
        <translation>来自 %1 的气候（%2 小时，PUE 和用水量逐时计算）</translation>
    </message>
    <message>
        <source>Climate from %1 (%2 hours, monthly means only)</source>
        <translation>来自 %1 的气候（%2 小时，仅月平均值）</translation>
    </message>
    <message>
        <source>; location and elevation from the station</source>
        <translation>；位置和海拔取自气象站</translation>
    </message>
    <message>
        <source>Design day and altitude</source>
        <translation>设计日与海拔</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>海拔</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Change elevation</source>
        <translation>更改海拔</translation>
    </message>
    <message>
        <source>Size the plant on a design temperature</source>
        <translation>按设计温度确定设备规模</translation>
    </message>
    <message>
        <source>For a site without hourly weather: the 0.4 % annual cooling dry-bulb and evaporation wet-bulb (ASHRAE). Off: the hottest month&apos;s mean sizes the plant. A country preset proposes one (docs/model.md &quot;Design temperature defaults&quot;); an imported EPW brings its own hours.</source>
        <translation>适用于无逐时气象的场址：年 0.4 % 冷却干球温度和蒸发湿球温度（ASHRAE）。关闭：按最热月平均值确定设备规模。国家预设会给出建议值（docs/model.md “Design temperature defaults”）；导入的 EPW 自带逐时数据。</translation>
    </message>
    <message>
        <source>Change design temperature</source>
        <translation>更改设计温度</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Change design dry-bulb</source>
        <translation>更改设计干球温度</translation>
    </message>
    <message>
        <source>Change design wet-bulb</source>
        <translation>更改设计湿球温度</translation>
    </message>
    <message>
        <source>Design dry-bulb</source>
        <translation>设计干球温度</translation>
    </message>
    <message>
        <source>Design wet-bulb</source>
        <translation>设计湿球温度</translation>
    </message>
    <message>
        <source>Mining fleet today</source>
        <translation>当前矿机群</translation>
    </message>
    <message>
        <source>Fills kW and TH/s per unit from the ASIC catalogue</source>
        <translation>从 ASIC 目录填入每台 kW 和 TH/s</translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation>ASIC 型号</translation>
    </message>
    <message>
        <source>Change ASIC count</source>
        <translation>更改 ASIC 数量</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>台数</translation>
    </message>
    <message>
        <source>Power per unit</source>
        <translation>每台功率</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Change ASIC power</source>
        <translation>更改 ASIC 功率</translation>
    </message>
    <message>
        <source>Hashrate per unit</source>
        <translation>每台算力</translation>
    </message>
    <message>
        <source> TH/s</source>
        <translation> TH/s</translation>
    </message>
    <message>
        <source>Change ASIC hashrate</source>
        <translation>更改 ASIC 算力</translation>
    </message>
    <message>
        <source>Mining PUE</source>
        <translation>挖矿 PUE</translation>
    </message>
    <message>
        <source>Change mining PUE</source>
        <translation>更改挖矿 PUE</translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation>算力价格</translation>
    </message>
    <message>
        <source> USD/PH/day</source>
        <translation> USD/PH/天</translation>
    </message>
    <message>
        <source>Change hashprice</source>
        <translation>更改算力价格</translation>
    </message>
    <message>
        <source>Hashprice change</source>
        <translation>算力价格变化</translation>
    </message>
    <message>
        <source>Change hashprice trend</source>
        <translation>更改算力价格趋势</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>在线率</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Change uptime</source>
        <translation>更改在线率</translation>
    </message>
    <message>
        <source>Apply country preset %1</source>
        <translation>应用国家预设 %1</translation>
    </message>
    <message>
        <source>Change ASIC model</source>
        <translation>更改 ASIC 型号</translation>
    </message>
    <message>
        <source>0.4 % (ASHRAE default)</source>
        <translation>0.4 %（ASHRAE 默认）</translation>
    </message>
    <message>
        <source>1 %</source>
        <translation>1 %</translation>
    </message>
    <message>
        <source>2 %</source>
        <translation>2 %</translation>
    </message>
    <message>
        <source>For a site with hourly weather: the share of the year&apos;s hours allowed above the design dry-bulb and wet-bulb the cooling plant is sized for, taken from the file&apos;s own hours (ASHRAE Handbook—Fundamentals ch. 14 annual cooling percentiles). 0.4 % is the usual data-centre choice; 1 % and 2 % size for milder hours and so leave more power for IT. A site with monthly climate only uses the design temperature below.</source>
        <translation>适用于有逐时气象数据的场址：一年中允许超过冷却系统设计干球温度和湿球温度的小时比例，取自文件本身的逐时数据（ASHRAE Handbook—Fundamentals 第 14 章年度冷却百分位）。0.4 % 是数据中心的常用选择；1 % 和 2 % 按较温和的小时设计，因而给 IT 留出更多电力。仅有月度气候的场址使用下方的设计温度。</translation>
    </message>
    <message>
        <source>Change design percentile</source>
        <translation>更改设计百分位</translation>
    </message>
    <message>
        <source>Design percentile</source>
        <translation>设计百分位</translation>
    </message>
</context>
<context>
    <name>SiteGroups</name>
    <message>
        <source>Others (%1 sites)</source>
        <translation>其他（%1 个场址）</translation>
    </message>
    <message>
        <source> — top %1 of %2 sites by %3, others summed</source>
        <translation> — 按 %3 排名前 %1 的场址（共 %2 个），其余合并</translation>
    </message>
    <message>
        <source> — top %1 feasible of %2 sites by %3, others summed</source>
        <translation> — 按 %3 排名前 %1 的可行场址（共 %2 个），其余合并</translation>
    </message>
</context>
<context>
    <name>SitesImport</name>
    <message>
        <source>The file holds no site rows</source>
        <translation>文件中没有场址行</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln site(s)</source>
        <translation>
            <numerusform>导入 %Ln 个场址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace sites with %Ln imported</source>
        <translation>
            <numerusform>用导入的 %Ln 个场址替换现有场址</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>重命名场址</translation>
    </message>
    <message>
        <source>too many rows: at most %1 sites per sheet</source>
        <translation>行数过多：每个工作表最多 %1 个场址</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>文件大于 16 MiB</translation>
    </message>
    <message>
        <source>more than %1 columns in row %2</source>
        <translation>第 %2 行超过 %1 列</translation>
    </message>
    <message>
        <source>must be a number (decimal comma or point), got %1</source>
        <translation>必须是数字（小数点或小数逗号均可），实际为 %1</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>必须是数字，实际为 %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>必须是整数，实际为 %1</translation>
    </message>
    <message>
        <source>must be yes or no, got %1</source>
        <translation>必须是 yes 或 no，实际为 %1</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>必须是 %1 之一，实际为 %2</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM (e.g. 2028-06) or a date, got %1</source>
        <translation>必须是 YYYY-MM 格式的月份（例如 2028-06）或日期，实际为 %1</translation>
    </message>
    <message>
        <source>must be a whole number of months, got %1</source>
        <translation>必须是整数个月，实际为 %1</translation>
    </message>
    <message>
        <source>task %1 must be written id|name|months|dependencies|must finish before, got %2</source>
        <translation>任务 %1 必须写成 id|name|months|dependencies|must finish before（编号|名称|月数|依赖|须先于其完成的任务），实际为 %2</translation>
    </message>
    <message>
        <source>task %1: months must be a number, got %2</source>
        <translation>任务 %1：月数必须是数字，实际为 %2</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1); save the sheet as &quot;CSV UTF-8&quot; or as .xlsx</source>
        <translation>不是 UTF-8 文本（第 %1 字节）；请将工作表另存为“CSV UTF-8”或 .xlsx</translation>
    </message>
    <message>
        <source>row %1: a cell longer than 32,767 characters</source>
        <translation>第 %1 行：有单元格超过 32,767 个字符</translation>
    </message>
    <message>
        <source>row %1: a quoted cell is not closed</source>
        <translation>第 %1 行：带引号的单元格未闭合</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>the sheet is empty: the first row must hold the column headers (see the template)</source>
        <translation>工作表为空：第一行必须是列标题（参见模板）</translation>
    </message>
    <message>
        <source>unknown column (the template lists the columns; docs/file-format.md &quot;Sites spreadsheet&quot;)</source>
        <translation>未知的列（模板列出了所有列；见 docs/file-format.md“Sites spreadsheet”）</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>该列出现了两次</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>no site rows below the header</source>
        <translation>标题行下方没有场址行</translation>
    </message>
    <message>
        <source>a value in a column without a header</source>
        <translation>无标题的列中有值</translation>
    </message>
    <message>
        <source>longer than 32,767 characters</source>
        <translation>超过 32,767 个字符</translation>
    </message>
    <message>
        <source>blank: fill it, or name a country preset in Country</source>
        <translation>为空：请填写，或在 Country 列中填写一个国家预设</translation>
    </message>
    <message>
        <source>blank: a grid queue needs both its size and its month</source>
        <translation>为空：排队扩容需要同时填写容量和月份</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>duplicate site name %1 (already in the portfolio)</source>
        <translation>场址名称 %1 重复（项目组合中已有）</translation>
    </message>
    <message>
        <source>duplicate site name %1 (also row %2)</source>
        <translation>场址名称 %1 重复（第 %2 行也有）</translation>
    </message>
    <message>
        <source>%1 bad cell; nothing imported</source>
        <translation>%1 个错误单元格；未导入任何内容</translation>
    </message>
    <message>
        <source>%1 bad cells; nothing imported</source>
        <translation>%1 个错误单元格；未导入任何内容</translation>
    </message>
    <message>
        <source>this is an old binary .xls workbook; save it as .xlsx or .csv first</source>
        <translation>这是旧的二进制 .xls 工作簿；请先另存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>not a spreadsheet: neither CSV text nor an .xlsx workbook</source>
        <translation>不是电子表格：既不是 CSV 文本，也不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a sites sheet is far smaller</source>
        <translation>%1 大于 16 MiB；场址表格远比这小</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>the workbook has no %1</source>
        <translation>工作簿中没有 %1</translation>
    </message>
    <message>
        <source>cannot unpack %1: %2</source>
        <translation>无法解压 %1：%2</translation>
    </message>
    <message>
        <source>%1 unpacks to more than 64 MiB</source>
        <translation>%1 解压后超过 64 MiB</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>%1: a DOCTYPE is not allowed</source>
        <translation>%1：不允许 DOCTYPE</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3</source>
        <translation>%1 不是格式正确的 XML（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>%1: a text longer than 32,767 characters</source>
        <translation>%1：有文本超过 32,767 个字符</translation>
    </message>
    <message>
        <source>%1: rows out of order or out of range</source>
        <translation>%1：行顺序错乱或超出范围</translation>
    </message>
    <message>
        <source>%1: a malformed cell reference in row %2</source>
        <translation>%1：第 %2 行有格式错误的单元格引用</translation>
    </message>
    <message>
        <source>%1: a cell longer than 32,767 characters in row %2</source>
        <translation>%1：第 %2 行有单元格超过 32,767 个字符</translation>
    </message>
    <message>
        <source>%1: more than %2 columns in row %3</source>
        <translation>%1：第 %3 行超过 %2 列</translation>
    </message>
    <message>
        <source>%1: too many rows: at most %2 sites per sheet</source>
        <translation>%1：行数过多：每个工作表最多 %2 个场址</translation>
    </message>
    <message>
        <source>cannot read the workbook</source>
        <translation>无法读取工作簿</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook (%1)</source>
        <translation>不是可读取的 .xlsx 工作簿（%1）</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation>不是 .xlsx 工作簿（没有 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the workbook does not say where sheet %1 is</source>
        <translation>工作簿未指明工作表 %1 的位置</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>SitesImportDialog</name>
    <message>
        <source>Import sites from %1</source>
        <translation>从 %1 导入场址</translation>
    </message>
    <message>
        <source>Sites in the project</source>
        <translation>项目中的场址</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Append the imported sites (keep the %Ln current)</source>
        <translation>
            <numerusform>追加导入的场址（保留当前 %Ln 个）(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place the current sites</source>
        <translation>替换当前场址(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s) read, no bad cell.</source>
        <translation>
            <numerusform>已读取 %Ln 个场址，无错误单元格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad cell(s): nothing can be imported until the file is fixed. Each is marked below and listed by row and column.</source>
        <translation>
            <numerusform>%Ln 个错误单元格：在修正文件之前无法导入任何内容。每个错误均在下方标出，并按行列列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no site rows.</source>
        <translation>文件中没有场址行。</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>TaxFinancingDialog</name>
    <message>
        <source>Tax and financing</source>
        <translation>税务与融资</translation>
    </message>
    <message>
        <source>Corporate income tax comes from each site&apos;s country preset (sources in docs/model.md “Tax and financing”). The pre-tax NPV and IRRs do not change here; these settings add the after-tax project IRR, the equity IRR and the minimum DSCR.</source>
        <translation>企业所得税取自各场址的国家预设（来源见 docs/model.md “Tax and financing”）。税前净现值和内部收益率在此不变；这些设置会增加税后项目内部收益率、股权内部收益率和最低 DSCR。</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税务</translation>
    </message>
    <message>
        <source>Charge corporate income tax</source>
        <translation>计征企业所得税</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>所得税</translation>
    </message>
    <message>
        <source>Straight line by asset class</source>
        <translation>按资产类别直线法</translation>
    </message>
    <message>
        <source>US MACRS with bonus (United States sites)</source>
        <translation>美国 MACRS 加红利折旧（美国场址）</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>税务折旧</translation>
    </message>
    <message>
        <source>Bonus depreciation</source>
        <translation>红利折旧</translation>
    </message>
    <message>
        <source>Rate where no preset</source>
        <translation>无预设时的税率</translation>
    </message>
    <message>
        <source>Debt and equity</source>
        <translation>债务与股权</translation>
    </message>
    <message>
        <source>Finance construction with debt</source>
        <translation>以债务为建设融资</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Loan to cost</source>
        <translation>贷款成本比</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>贷款期限</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Tenor (level repayment from RFS)</source>
        <translation>贷款期限（自投运起等额还款）</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>最低 DSCR</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Minimum DSCR (covenant)</source>
        <translation>最低 DSCR（契约要求）</translation>
    </message>
    <message>
        <source>Cost of equity</source>
        <translation>股权成本</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Tax rate per site</source>
        <translation>各场址税率</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>场址</translation>
    </message>
    <message>
        <source>Own rate instead of the country preset</source>
        <translation>使用自有税率而非国家预设</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Corporate tax rate</source>
        <translation>企业所得税率</translation>
    </message>
    <message>
        <source>Site tax rate</source>
        <translation>场址税率</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1：%2 %</translation>
    </message>
    <message>
        <source>%1: %2 % (names no site, kept)</source>
        <translation>%1：%2 %（未对应任何场址，已保留）</translation>
    </message>
    <message>
        <source>Every site uses its country preset.</source>
        <translation>每个场址都使用其国家预设。</translation>
    </message>
    <message>
        <source>Own rates: %1</source>
        <translation>自有税率：%1</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation>重启后生效</translation>
    </message>
    <message>
        <source>The language changes when Mine2AI Planner restarts.</source>
        <translation>重启 Mine2AI Planner 后语言才会更改。</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
</context>
<context>
    <name>UserTaskTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依赖于</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>Edit schedule task</source>
        <translation>编辑进度任务</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>Add schedule task</source>
        <translation>添加进度任务</translation>
    </message>
    <message>
        <source>Remove schedule task</source>
        <translation>删除进度任务</translation>
    </message>
    <message>
        <source>Comma-separated task ids this task starts after, e.g. design, grid-upgrade</source>
        <translation>本任务在其之后开始的任务 ID，以逗号分隔，例如 design, grid-upgrade</translation>
    </message>
    <message>
        <source>Comma-separated task ids that start only after this task, e.g. gpu-install, commissioning</source>
        <translation>只能在本任务之后开始的任务 ID，以逗号分隔，例如 gpu-install, commissioning</translation>
    </message>
    <message>
        <source>Must finish before</source>
        <translation>须在其之前完成</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the conversion of Bitcoin-mining sites into AI data centres</source>
        <translation>规划将比特币挖矿场址改造为 AI 数据中心</translation>
    </message>
    <message>
        <source>Open the built-in sample portfolio.</source>
        <translation>打开内置示例项目组合。</translation>
    </message>
    <message>
        <source>Show site N (1-based) in the site view.</source>
        <translation>在场址视图中显示第 N 个场址（从 1 开始）。</translation>
    </message>
    <message>
        <source>A .m2ai project or a .json portfolio.</source>
        <translation>.m2ai 项目或 .json 项目组合。</translation>
    </message>
</context>
</TS>
