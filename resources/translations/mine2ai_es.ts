<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Error en el guardado automático: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>no se puede bloquear %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Norway (inland Trøndelag, price area NO3)</source>
        <translation>Noruega (Trøndelag interior, zona de precios NO3)</translation>
    </message>
    <message>
        <source>Bhutan (western hills, Gedu/Thimphu)</source>
        <translation>Bután (colinas occidentales, Gedu/Timbu)</translation>
    </message>
    <message>
        <source>Ethiopia (Addis Ababa area, EEP grid)</source>
        <translation>Etiopía (zona de Adís Abeba, red de EEP)</translation>
    </message>
    <message>
        <source>United States (central Texas, ERCOT)</source>
        <translation>Estados Unidos (centro de Texas, ERCOT)</translation>
    </message>
    <message>
        <source>Canada (Alberta, Calgary area)</source>
        <translation>Canadá (Alberta, zona de Calgary)</translation>
    </message>
    <message>
        <source>Air (as mined): airside economiser, fans, adiabatic assist</source>
        <translation>Aire (como en la minería): economizador de aire, ventiladores, apoyo adiabático</translation>
    </message>
    <message>
        <source>Hybrid: air plus rear-door heat exchangers on a tower water loop</source>
        <translation>Híbrida: aire e intercambiadores de puerta trasera en un circuito de agua con torre</translation>
    </message>
    <message>
        <source>Direct-to-chip liquid (~75 % of heat to W32 warm water) + dry cooler / tower</source>
        <translation>Refrigeración directa al chip (~75 % del calor a agua templada W32) + aerorrefrigerador seco / torre</translation>
    </message>
    <message>
        <source>Single-phase immersion with dry coolers</source>
        <translation>Inmersión monofásica con aerorrefrigeradores secos</translation>
    </message>
    <message>
        <source>4 systems per rack, air</source>
        <translation>4 sistemas por rack, aire</translation>
    </message>
    <message>
        <source>72 GPUs per rack, liquid</source>
        <translation>72 GPU por rack, líquida</translation>
    </message>
    <message>
        <source>Custom platform</source>
        <translation>Plataforma personalizada</translation>
    </message>
</context>
<context>
    <name>ChartNames</name>
    <message>
        <source>IT</source>
        <translation>TI</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refrigeración</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pérdidas</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>Varios</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Minería</translation>
    </message>
    <message>
        <source>PUE by month</source>
        <translation>PUE por mes</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>PUE anual</translation>
    </message>
    <message>
        <source>IT online</source>
        <translation>TI en servicio</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>Puesta en servicio</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Keep mining</source>
        <translation>Seguir minando</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>Incremental NPV vs keep mining</source>
        <translation>VAN incremental frente a la minería</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Mine2AI Planner chart</source>
        <translation>Gráfico de Mine2AI Planner</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>gráfico</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>PNG size</source>
        <translation>Tamaño del PNG</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Ancho</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>A&amp;lto</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolución</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Guardar el gráfico como SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
</context>
<context>
    <name>CliClimate</name>
    <message>
        <source>%1 hourly rows; a year of 8760 or 8784 is needed</source>
        <translation>%1 filas horarias; se necesita un año de 8760 o 8784</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>no site named &quot;%1&quot;</source>
        <translation>ningún emplazamiento llamado «%1»</translation>
    </message>
    <message>
        <source>warning: the station %1 is %2 km from the site &quot;%3&quot; (more than %4 km); its hours may not represent the site</source>
        <translation>advertencia: la estación %1 está a %2 km del emplazamiento «%3» (más de %4 km); sus horas pueden no representar el emplazamiento</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; now has %2 hours from %3 and its location</source>
        <translation>el emplazamiento «%1» tiene ahora %2 horas de %3 y su ubicación</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; now has %2 hours from %3</source>
        <translation>el emplazamiento «%1» tiene ahora %2 horas de %3</translation>
    </message>
</context>
<context>
    <name>CliDispatch</name>
    <message>
        <source>Try &apos;mine2ai-cli --help&apos;.</source>
        <translation>Pruebe «mine2ai-cli --help».</translation>
    </message>
    <message>
        <source>%1 %2 is required</source>
        <translation>%1 %2 es obligatorio</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 se da más de una vez</translation>
    </message>
    <message>
        <source>%1 needs a value (%2)</source>
        <translation>%1 necesita un valor (%2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 must be %2, got &apos;%3&apos;</source>
        <translation>%1 debe ser %2, se recibió «%3»</translation>
    </message>
    <message>
        <source>missing %1 (usage: mine2ai-cli %2)</source>
        <translation>falta %1 (uso: mine2ai-cli %2)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (usage: mine2ai-cli %2)</source>
        <translation>argumento inesperado «%1» (uso: mine2ai-cli %2)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se ha indicado ninguna orden</translation>
    </message>
    <message>
        <source>help takes one command name, got &apos;%1&apos;</source>
        <translation>help admite un nombre de orden, se recibió «%1»</translation>
    </message>
    <message>
        <source>--generate takes one of %1</source>
        <translation>--generate admite uno de %1</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
</context>
<context>
    <name>CliLanguage</name>
    <message>
        <source>--lang needs a value (fr, zh_CN, es or en)</source>
        <translation>--lang necesita un valor (fr, zh_CN, es o en)</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>%1 writes a file; &quot;-&quot; (standard output) is not supported</source>
        <translation>%1 escribe un archivo; «-» (salida estándar) no se admite</translation>
    </message>
    <message>
        <source>--sites needs at least one site name</source>
        <translation>--sites necesita al menos un nombre de emplazamiento</translation>
    </message>
    <message>
        <source>no site named &apos;%1&apos; (sites: %2)</source>
        <translation>ningún emplazamiento llamado «%1» (emplazamientos: %2)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n pages)</source>
        <translation>
            <numerusform>%1 escrito (%n página)</numerusform>
            <numerusform>%1 escrito (%n páginas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRisk</name>
    <message>
        <source>--trials takes a whole number, not &apos;%1&apos;</source>
        <translation>--trials admite un número entero, no «%1»</translation>
    </message>
    <message>
        <source>--seed takes a whole number 0 or more, not &apos;%1&apos;</source>
        <translation>--seed admite un número entero mayor o igual que 0, no «%1»</translation>
    </message>
    <message>
        <source>--threads takes 0–256 (0 = every core), not &apos;%1&apos;</source>
        <translation>--threads admite de 0 a 256 (0 = todos los núcleos), no «%1»</translation>
    </message>
    <message>
        <source>--bins takes a whole number, not &apos;%1&apos;</source>
        <translation>--bins admite un número entero, no «%1»</translation>
    </message>
    <message>
        <source>--rfs-by takes YYYY-MM, not &apos;%1&apos;</source>
        <translation>--rfs-by admite AAAA-MM, no «%1»</translation>
    </message>
</context>
<context>
    <name>CliSensitivity</name>
    <message>
        <source>--pct takes a number, not &apos;%1&apos;</source>
        <translation>--pct admite un número, no «%1»</translation>
    </message>
    <message>
        <source>--spider takes a whole number, not &apos;%1&apos;</source>
        <translation>--spider admite un número entero, no «%1»</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>Try &apos;mine2ai-cli %1 --help&apos;.</source>
        <translation>Pruebe «mine2ai-cli %1 --help».</translation>
    </message>
    <message>
        <source>standard input is larger than the %1 MiB limit for a portfolio JSON file</source>
        <translation>la entrada estándar supera el límite de %1 MiB de un archivo JSON de cartera</translation>
    </message>
    <message>
        <source>a project file (.m2ai) cannot be read from standard input; name the file</source>
        <translation>un archivo de proyecto (.m2ai) no se puede leer de la entrada estándar; indique el nombre del archivo</translation>
    </message>
    <message>
        <source>standard input is not a Mine2AI portfolio JSON document</source>
        <translation>la entrada estándar no es un documento JSON de cartera de Mine2AI</translation>
    </message>
    <message>
        <source>%1 is a folder (&apos;%2&apos;), not a file name</source>
        <translation>%1 es una carpeta («%2»), no un nombre de archivo</translation>
    </message>
    <message>
        <source>writing %1 (%2 had no extension)</source>
        <translation>se escribe %1 (%2 no tenía extensión)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 must end in %2, got &apos;%3&apos;</source>
        <translation>%1 debe terminar en %2, se recibió «%3»</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliValidate</name>
    <message numerus="yes">
        <source>valid (%n sites)</source>
        <translation>
            <numerusform>válido (%n emplazamiento)</numerusform>
            <numerusform>válido (%n emplazamientos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Climate</name>
    <message>
        <source>%1: not an EnergyPlus weather file (line 1 must start with LOCATION)</source>
        <translation>%1: no es un archivo meteorológico de EnergyPlus (la línea 1 debe empezar por LOCATION)</translation>
    </message>
    <message>
        <source>%1: line 1: latitude/longitude are not numbers</source>
        <translation>%1: línea 1: la latitud y la longitud no son números</translation>
    </message>
    <message>
        <source>%1: line %2: not an hourly EPW record</source>
        <translation>%1: línea %2: no es un registro horario EPW</translation>
    </message>
    <message>
        <source>%1: no hourly data for month %2</source>
        <translation>%1: no hay datos horarios para el mes %2</translation>
    </message>
    <message>
        <source>%1: cannot open the weather file</source>
        <translation>%1: no se puede abrir el archivo meteorológico</translation>
    </message>
    <message>
        <source>hourly climate: %1 dry-bulb rows; allowed 8760 or 8784</source>
        <translation>clima horario: %1 filas de temperatura de bulbo seco; se admiten 8760 u 8784</translation>
    </message>
    <message>
        <source>hourly climate: dry-bulb, wet-bulb and pressure must have the same number of rows</source>
        <translation>clima horario: la temperatura de bulbo seco, la de bulbo húmedo y la presión deben tener el mismo número de filas</translation>
    </message>
    <message>
        <source>hourly climate: dry-bulb at hour %1 outside −90…60 °C</source>
        <translation>clima horario: temperatura de bulbo seco de la hora %1 fuera de −90…60 °C</translation>
    </message>
    <message>
        <source>hourly climate: wet-bulb at hour %1 above the dry-bulb or not a number</source>
        <translation>clima horario: temperatura de bulbo húmedo de la hora %1 superior a la de bulbo seco o no numérica</translation>
    </message>
    <message>
        <source>hourly climate: pressure at hour %1 outside 30000…110000 Pa</source>
        <translation>clima horario: presión de la hora %1 fuera de 30000…110000 Pa</translation>
    </message>
    <message>
        <source>holds %1 bytes; %2 hours of float32 take %3</source>
        <translation>contiene %1 bytes; %2 horas en float32 ocupan %3</translation>
    </message>
    <message>
        <source>is not a finite number at hour %1</source>
        <translation>no es un número finito en la hora %1</translation>
    </message>
    <message>
        <source>is not base64 (its length %1 is not a multiple of 4)</source>
        <translation>no es base64 (su longitud %1 no es múltiplo de 4)</translation>
    </message>
    <message>
        <source>is not base64 (character %1)</source>
        <translation>no es base64 (carácter %1)</translation>
    </message>
</context>
<context>
    <name>ClimateTableModel</name>
    <message>
        <source>Dry-bulb °C</source>
        <translation>Bulbo seco °C</translation>
    </message>
    <message>
        <source>Wet-bulb °C</source>
        <translation>Bulbo húmedo °C</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>No es un número</translation>
    </message>
    <message>
        <source>Edit climate</source>
        <translation>Editar el clima</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>Ningún emplazamiento seleccionado</translation>
    </message>
    <message>
        <source>cell %1 of the block falls outside the 12 × 2 table</source>
        <translation>la celda %1 del bloque queda fuera de la tabla de 12 × 2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (allowed %3 – %4 °C)</source>
        <translation>%1: «%2» no es un número (permitido %3 – %4 °C)</translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: %1</source>
        <translation>Pegado rechazado, no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Paste climate</source>
        <translation>Pegar el clima</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Remove site %1</source>
        <translation>Eliminar el emplazamiento %1</translation>
    </message>
</context>
<context>
    <name>ConversionPanel</name>
    <message>
        <source>N (no redundancy)</source>
        <translation>N (sin redundancia)</translation>
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
        <translation>Redundancia distribuida</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aire</translation>
    </message>
    <message>
        <source>Hybrid (rear-door / in-row)</source>
        <translation>Híbrida (puerta trasera / en fila)</translation>
    </message>
    <message>
        <source>Liquid, direct-to-chip</source>
        <translation>Líquida, directa al chip</translation>
    </message>
    <message>
        <source>Immersion</source>
        <translation>Inmersión</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
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
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Share of grid converted</source>
        <translation>Proporción convertida</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Change converted share</source>
        <translation>Cambiar la proporción convertida</translation>
    </message>
    <message>
        <source>Sequential (one trade after another)</source>
        <translation>Secuencial (un oficio tras otro)</translation>
    </message>
    <message>
        <source>Fast-track (overlap design, procurement and works)</source>
        <translation>Vía rápida (diseño, compras y obras solapados)</translation>
    </message>
    <message>
        <source>Change schedule mode</source>
        <translation>Cambiar el modo de cronograma</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Energisation phases</source>
        <translation>Fases de energización</translation>
    </message>
    <message>
        <source>Change phases</source>
        <translation>Cambiar las fases</translation>
    </message>
    <message>
        <source>Months between phases</source>
        <translation>Meses entre fases</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Change phase spacing</source>
        <translation>Cambiar la separación entre fases</translation>
    </message>
    <message>
        <source>Fixed at</source>
        <translation>Fija en</translation>
    </message>
    <message>
        <source>Unchecked: each phase&apos;s GPUs arrive just in time for its power. Checked: every GPU arrives in the given month (counted from the portfolio start); GPUs that then wait for power are reported as stranded.</source>
        <translation>Sin marcar: las GPU de cada fase llegan justo a tiempo para su potencia. Marcado: todas las GPU llegan en el mes indicado (contado desde el inicio de la cartera); las GPU que entonces esperan potencia se indican como ociosas.</translation>
    </message>
    <message>
        <source>Toggle fixed GPU delivery</source>
        <translation>Activar o desactivar la entrega fija de GPU</translation>
    </message>
    <message>
        <source>Change GPU delivery</source>
        <translation>Cambiar la entrega de GPU</translation>
    </message>
    <message>
        <source>month </source>
        <translation>mes </translation>
    </message>
    <message>
        <source>GPU delivery</source>
        <translation>Entrega GPU</translation>
    </message>
    <message>
        <source>Step 1 — Install GPU servers</source>
        <translation>Paso 1 — Instalar los servidores GPU</translation>
    </message>
    <message>
        <source>Toggle GPU install step</source>
        <translation>Activar o desactivar el paso de instalación de GPU</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Fills kW per rack, GPUs per rack and price per GPU from the catalogue</source>
        <translation>Rellena kW por rack, GPU por rack y precio por GPU desde el catálogo</translation>
    </message>
    <message>
        <source>Choose GPU platform %1</source>
        <translation>Elegir la plataforma GPU %1</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Power per rack</source>
        <translation>Potencia por rack</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Change rack power</source>
        <translation>Cambiar la potencia por rack</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>GPU por rack</translation>
    </message>
    <message>
        <source>Change GPUs per rack</source>
        <translation>Cambiar las GPU por rack</translation>
    </message>
    <message>
        <source>Price per GPU</source>
        <translation>Precio por GPU</translation>
    </message>
    <message>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <source>Change GPU price</source>
        <translation>Cambiar el precio de la GPU</translation>
    </message>
    <message>
        <source>Step 2 — Rebuild the electrical chain</source>
        <translation>Paso 2 — Renovar la cadena eléctrica</translation>
    </message>
    <message>
        <source>Toggle electrical step</source>
        <translation>Activar o desactivar el paso eléctrico</translation>
    </message>
    <message>
        <source>How much of the installed blocks may carry critical load (domain.md §1.2)</source>
        <translation>Cuánto de los bloques instalados puede llevar carga crítica (domain.md §1.2)</translation>
    </message>
    <message>
        <source>Change redundancy</source>
        <translation>Cambiar la redundancia</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redundancia</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Tamaño de bloque</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Change block size</source>
        <translation>Cambiar el tamaño de bloque</translation>
    </message>
    <message>
        <source>Installed blocks</source>
        <translation>Bloques instalados</translation>
    </message>
    <message>
        <source>Change installed blocks</source>
        <translation>Cambiar los bloques instalados</translation>
    </message>
    <message>
        <source>Step 3 — Cooling</source>
        <translation>Paso 3 — Refrigeración</translation>
    </message>
    <message>
        <source>Unchecked: the hall stays air-cooled as mined</source>
        <translation>Sin marcar: la sala sigue refrigerada por aire como en la minería</translation>
    </message>
    <message>
        <source>Toggle cooling step</source>
        <translation>Activar o desactivar el paso de refrigeración</translation>
    </message>
    <message>
        <source>Change cooling</source>
        <translation>Cambiar la refrigeración</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Step 4 — Facility and certification</source>
        <translation>Paso 4 — Instalación y certificación</translation>
    </message>
    <message>
        <source>Toggle facility step</source>
        <translation>Activar o desactivar el paso de instalación</translation>
    </message>
    <message>
        <source>Toggle %1</source>
        <translation>Activar o desactivar %1</translation>
    </message>
    <message>
        <source>Sealing and dust filtration</source>
        <translation>Sellado y filtrado de polvo</translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation>Extinción de incendios</translation>
    </message>
    <message>
        <source>Monitoring / BMS</source>
        <translation>Monitorización / BMS</translation>
    </message>
    <message>
        <source>Change certification</source>
        <translation>Cambiar la certificación</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Modelo de negocio</translation>
    </message>
    <message>
        <source>Colocation (lease power and space)</source>
        <translation>Colocation (potencia y espacio)</translation>
    </message>
    <message>
        <source>GPU cloud (own the GPUs, sell GPU-hours)</source>
        <translation>Nube de GPU (GPU propias, venta de horas de GPU)</translation>
    </message>
    <message>
        <source>Change business model</source>
        <translation>Cambiar el modelo de negocio</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source> USD/kW-month</source>
        <translation> USD/kW-mes</translation>
    </message>
    <message>
        <source>Change colocation rate</source>
        <translation>Cambiar la renta de colocation</translation>
    </message>
    <message>
        <source>Colocation rate</source>
        <translation>Renta de colocation</translation>
    </message>
    <message>
        <source>Tenant pays the hall&apos;s electricity</source>
        <translation>El inquilino paga la electricidad de la sala</translation>
    </message>
    <message>
        <source>Modified-gross colocation lease: power is passed through to the tenant (TeraWulf and Cipher deals, 80–90 % NOI margins, domain.md §4.2–4.3). Untick if the rent must cover the energy bill.</source>
        <translation>Arrendamiento de colocation «modified gross»: la electricidad se repercute al inquilino (acuerdos de TeraWulf y Cipher, márgenes NOI del 80–90 %, domain.md §4.2–4.3). Desmarque si la renta debe cubrir la factura de energía.</translation>
    </message>
    <message>
        <source>Change power pass-through</source>
        <translation>Cambiar la repercusión de la electricidad</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <source> USD/GPU-hour</source>
        <translation> USD/hora de GPU</translation>
    </message>
    <message>
        <source>Change GPU-hour price</source>
        <translation>Cambiar el precio por hora de GPU</translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation>Precio por hora de GPU</translation>
    </message>
    <message>
        <source>Change utilisation</source>
        <translation>Cambiar la utilización</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>Utilización de GPU</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/año</translation>
    </message>
    <message>
        <source>Change GPU price decline</source>
        <translation>Cambiar la caída del precio de GPU</translation>
    </message>
    <message>
        <source>GPU price decline</source>
        <translation>Caída del precio de GPU</translation>
    </message>
    <message>
        <source>Change rent escalator</source>
        <translation>Cambiar la actualización de la renta</translation>
    </message>
    <message>
        <source>Rent escalator</source>
        <translation>Actualización de la renta</translation>
    </message>
    <message>
        <source>Change lease-up</source>
        <translation>Cambiar el periodo de ocupación</translation>
    </message>
    <message>
        <source>Months after RFS until the hall is fully let (0 = pre-let).</source>
        <translation>Meses tras la puesta en servicio hasta que la sala está totalmente alquilada (0 = prealquilada).</translation>
    </message>
    <message>
        <source>Lease-up after RFS</source>
        <translation>Ocupación tras la PES</translation>
    </message>
    <message>
        <source>Change take-or-pay</source>
        <translation>Cambiar la cláusula take-or-pay</translation>
    </message>
    <message>
        <source>Share of the contracted rent the tenant pays from RFS whatever it occupies.</source>
        <translation>Parte de la renta contratada que el inquilino paga desde la puesta en servicio, ocupe lo que ocupe.</translation>
    </message>
    <message>
        <source>Take-or-pay</source>
        <translation>Take-or-pay</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Change lease term</source>
        <translation>Cambiar el plazo del arrendamiento</translation>
    </message>
    <message>
        <source>Lease term</source>
        <translation>Plazo del arrendamiento</translation>
    </message>
    <message>
        <source>Renewed on the same terms</source>
        <translation>Renovado en las mismas condiciones</translation>
    </message>
    <message>
        <source>Vacated: no rent</source>
        <translation>Desocupado: sin renta</translation>
    </message>
    <message>
        <source>Change end of lease</source>
        <translation>Cambiar el fin del arrendamiento</translation>
    </message>
    <message>
        <source>After the term</source>
        <translation>Tras el plazo</translation>
    </message>
    <message>
        <source>Extra schedule tasks</source>
        <translation>Tareas adicionales del cronograma</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Eliminar tarea</translation>
    </message>
    <message>
        <source>Tasks added to the generated schedule. “Depends on” and “Must finish before” take task ids separated by commas (e.g. design, grid-upgrade; gpu-install).</source>
        <translation>Tareas añadidas al calendario generado. «Depende de» y «Debe terminar antes de» admiten identificadores de tareas separados por comas (p. ej. design, grid-upgrade; gpu-install).</translation>
    </message>
</context>
<context>
    <name>CostAssumptionsDialog</name>
    <message>
        <source>Cost assumptions</source>
        <translation>Supuestos de costes</translation>
    </message>
    <message>
        <source>Unit costs shared by every site of the portfolio. Defaults and their sources are in docs/model.md (“Capex by step”, “Residual value”); estimates are marked there.</source>
        <translation>Costes unitarios comunes a todos los emplazamientos de la cartera. Los valores por defecto y sus fuentes están en docs/model.md («Capex by step», «Residual value»); allí se marcan las estimaciones.</translation>
    </message>
    <message>
        <source>Capex per conversion step</source>
        <translation>Inversión por paso de conversión</translation>
    </message>
    <message>
        <source> USD/MW IT</source>
        <translation> USD/MW TI</translation>
    </message>
    <message>
        <source>1 GPU fit-out (racks, network)</source>
        <translation>1 Equipamiento GPU (racks, red)</translation>
    </message>
    <message>
        <source>2 Electrical, per installed MW</source>
        <translation>2 Eléctrico, por MW instalado</translation>
    </message>
    <message>
        <source> USD/MW installed</source>
        <translation> USD/MW instalado</translation>
    </message>
    <message>
        <source>3 Cooling: air</source>
        <translation>3 Refrigeración: aire</translation>
    </message>
    <message>
        <source>3 Cooling: hybrid (rear-door)</source>
        <translation>3 Refrigeración: híbrida (puerta trasera)</translation>
    </message>
    <message>
        <source>3 Cooling: direct-to-chip</source>
        <translation>3 Refrigeración: directa al chip</translation>
    </message>
    <message>
        <source>3 Cooling: immersion</source>
        <translation>3 Refrigeración: inmersión</translation>
    </message>
    <message>
        <source>4 Sealing and dust filtration</source>
        <translation>4 Sellado y filtrado de polvo</translation>
    </message>
    <message>
        <source>4 Fire suppression</source>
        <translation>4 Extinción de incendios</translation>
    </message>
    <message>
        <source>4 Monitoring / BMS</source>
        <translation>4 Monitorización / BMS</translation>
    </message>
    <message>
        <source>4 Tier III certification</source>
        <translation>4 Certificación Tier III</translation>
    </message>
    <message>
        <source>4 Tier IV certification</source>
        <translation>4 Certificación Tier IV</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Contingencia</translation>
    </message>
    <message>
        <source>ASIC resale (credit)</source>
        <translation>Reventa de ASIC (crédito)</translation>
    </message>
    <message>
        <source> USD/TH</source>
        <translation> USD/TH</translation>
    </message>
    <message>
        <source>Operations and value over time</source>
        <translation>Operación y valor en el tiempo</translation>
    </message>
    <message>
        <source>AI hall O&amp;&amp;M</source>
        <translation>O&amp;&amp;M de la sala de IA</translation>
    </message>
    <message>
        <source> USD/MW IT/yr</source>
        <translation> USD/MW TI/año</translation>
    </message>
    <message>
        <source>Mining O&amp;&amp;M</source>
        <translation>O&amp;&amp;M de la minería</translation>
    </message>
    <message>
        <source> USD/MW/yr</source>
        <translation> USD/MW/año</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>GPU depreciation life</source>
        <translation>Vida de amortización de GPU</translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation>Vida de la instalación</translation>
    </message>
    <message>
        <source>Count the hall&apos;s book value at the end of the horizon</source>
        <translation>Contar el valor contable de la sala al final del horizonte</translation>
    </message>
    <message>
        <source>Straight-line book value of the facility (and owned GPUs) returned in the horizon&apos;s last month; off = cash flows only.</source>
        <translation>Valor contable lineal de la instalación (y de las GPU propias) devuelto en el último mes del horizonte; desactivado = solo flujos de caja.</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Valor residual</translation>
    </message>
    <message>
        <source>Lease, cloud service and GPU life</source>
        <translation>Arrendamiento, servicio en la nube y vida de las GPU</translation>
    </message>
    <message>
        <source>Insurance, property tax, management and non-recoverable costs of a colocation lease, as a share of rent (8 % puts the NOI margin at about 85 %).</source>
        <translation>Seguro, impuesto sobre bienes inmuebles, gestión y costes no repercutibles de un arrendamiento de colocation, como parte de la renta (8 % sitúa el margen NOI en torno al 85 %).</translation>
    </message>
    <message>
        <source>Colocation lease costs, of rent</source>
        <translation>Costes del arrendamiento de colocation, sobre la renta</translation>
    </message>
    <message>
        <source>Staff, support contracts, network, software and sales of a GPU cloud, as a share of its revenue.</source>
        <translation>Personal, contratos de soporte, red, software y ventas de una nube de GPU, como parte de sus ingresos.</translation>
    </message>
    <message>
        <source>GPU cloud service costs, of revenue</source>
        <translation>Costes del servicio de nube de GPU, sobre los ingresos</translation>
    </message>
    <message>
        <source>GPU useful life</source>
        <translation>Vida útil de las GPU</translation>
    </message>
    <message>
        <source>Refresh: buy the fleet again</source>
        <translation>Renovar: volver a comprar la flota</translation>
    </message>
    <message>
        <source>Retire: the fleet stops earning</source>
        <translation>Retirar: la flota deja de generar ingresos</translation>
    </message>
    <message>
        <source>At the end of its life</source>
        <translation>Al final de su vida</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Currency %1: this planner computes in USD only, so every amount in this project is treated as USD (prices, costs and results are not converted); the next edit of the currency accepts only USD</source>
        <translation>Moneda %1: este planificador calcula solo en USD, por lo que todos los importes de este proyecto se tratan como USD (los precios, costes y resultados no se convierten); la próxima modificación de la moneda solo admite USD</translation>
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <source>Default 3.01 kW: Antminer S19 XP spec (domain.md §3.2)</source>
        <translation>Por defecto 3,01 kW: especificación de Antminer S19 XP (domain.md §3.2)</translation>
    </message>
    <message>
        <source>Default 140 TH/s: Antminer S19 XP spec (domain.md §3.2)</source>
        <translation>Por defecto 140 TH/s: especificación de Antminer S19 XP (domain.md §3.2)</translation>
    </message>
    <message>
        <source>Default 1.05: direct outside-air mining hall, fans count as IT (domain.md §2.2)</source>
        <translation>Por defecto 1,05: sala de minería con aire exterior directo, ventiladores contados como TI (domain.md §2.2)</translation>
    </message>
    <message>
        <source>Default 45 USD/PH/day: 2024–2026 base case (domain.md §3.3)</source>
        <translation>Por defecto 45 USD/PH/día: caso base 2024–2026 (domain.md §3.3)</translation>
    </message>
    <message>
        <source>Default −10 %/yr: difficulty growth erodes hashprice (estimate)</source>
        <translation>Por defecto −10 %/año: el aumento de la dificultad erosiona el hashprice (estimación)</translation>
    </message>
    <message>
        <source>Default 57.2 kW: 4 × DGX B200 at 14.3 kW (domain.md §3.1)</source>
        <translation>Por defecto 57,2 kW: 4 × DGX B200 a 14,3 kW (domain.md §3.1)</translation>
    </message>
    <message>
        <source>Default 150 USD/kW-month: colocation base case (domain.md §4.3)</source>
        <translation>Por defecto 150 USD/kW-mes: caso base de colocation (domain.md §4.3)</translation>
    </message>
    <message>
        <source>Default 2.95 USD/h: H100 median of 58 providers, May 2026 (domain.md §4.3)</source>
        <translation>Por defecto 2,95 USD/h: mediana H100 de 58 proveedores, mayo de 2026 (domain.md §4.3)</translation>
    </message>
    <message>
        <source>Default 70 %: share of GPU-hours sold (estimate)</source>
        <translation>Por defecto 70 %: parte de las horas de GPU vendidas (estimación)</translation>
    </message>
    <message>
        <source>Default 15 %/yr: new GPU generations push prices down (estimate)</source>
        <translation>Por defecto 15 %/año: las nuevas generaciones de GPU bajan los precios (estimación)</translation>
    </message>
    <message>
        <source>Country presets: industrial tariffs (domain.md §6.4)</source>
        <translation>Valores predefinidos por país: tarifas industriales (domain.md §6.4)</translation>
    </message>
    <message>
        <source>Country presets: grid carbon intensity (domain.md §6.4)</source>
        <translation>Valores predefinidos por país: intensidad de carbono de la red (domain.md §6.4)</translation>
    </message>
    <message>
        <source>Default 10 %: financial parameters (domain.md §4.2)</source>
        <translation>Por defecto 10 %: parámetros financieros (domain.md §4.2)</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2%3</source>
        <translation>Permitido: %1 a %2%3</translation>
    </message>
    <message>
        <source>Thinner air costs fan power; country presets: their station&apos;s elevation (docs/model.md &quot;Altitude&quot;)</source>
        <translation>El aire menos denso cuesta potencia de ventiladores; preajustes de país: la altitud de su estación (docs/model.md «Altitude»)</translation>
    </message>
    <message>
        <source>ASHRAE 0.4 % annual cooling dry-bulb; country presets: docs/model.md &quot;Design temperature defaults&quot;</source>
        <translation>Bulbo seco de refrigeración anual al 0,4 % (ASHRAE); preajustes de país: docs/model.md «Design temperature defaults»</translation>
    </message>
    <message>
        <source>ASHRAE 0.4 % evaporation wet-bulb, at most the design dry-bulb; country presets: docs/model.md &quot;Design temperature defaults&quot;</source>
        <translation>Bulbo húmedo de evaporación al 0,4 % (ASHRAE), como máximo el bulbo seco de diseño; preajustes de país: docs/model.md «Design temperature defaults»</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Site name</source>
        <translation>Nombre del emplazamiento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation>Conexión actual</translation>
    </message>
    <message>
        <source>Queued grid upgrade</source>
        <translation>Ampliación de red en cola</translation>
    </message>
    <message>
        <source>Queued upgrade available</source>
        <translation>Disponibilidad de la ampliación en cola</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>Fuente de energía</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Precio de la electricidad</translation>
    </message>
    <message>
        <source>Power price escalation</source>
        <translation>Aumento del precio de la electricidad</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensidad de carbono de la red</translation>
    </message>
    <message>
        <source>Dry-bulb</source>
        <translation>Bulbo seco</translation>
    </message>
    <message>
        <source>Wet-bulb</source>
        <translation>Bulbo húmedo</translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation>Modelo de ASIC</translation>
    </message>
    <message>
        <source>Miners</source>
        <translation>Mineros</translation>
    </message>
    <message>
        <source>Power per miner</source>
        <translation>Potencia por minero</translation>
    </message>
    <message>
        <source>Hash rate per miner</source>
        <translation>Hashrate por minero</translation>
    </message>
    <message>
        <source>Mining PUE</source>
        <translation>PUE de la minería</translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation>Hashprice</translation>
    </message>
    <message>
        <source>Hashprice change</source>
        <translation>Variación del hashprice</translation>
    </message>
    <message>
        <source>Mining uptime</source>
        <translation>Disponibilidad de la minería</translation>
    </message>
    <message>
        <source>Converted share</source>
        <translation>Proporción convertida</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Modelo de negocio</translation>
    </message>
    <message>
        <source>Colocation price</source>
        <translation>Precio de colocation</translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation>Precio por hora de GPU</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>Utilización de GPU</translation>
    </message>
    <message>
        <source>GPU price decline</source>
        <translation>Caída del precio de GPU</translation>
    </message>
    <message>
        <source>GPU platform</source>
        <translation>Plataforma GPU</translation>
    </message>
    <message>
        <source>Power per rack</source>
        <translation>Potencia por rack</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>GPU por rack</translation>
    </message>
    <message>
        <source>Price per GPU</source>
        <translation>Precio por GPU</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redundancia</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Tamaño de bloque</translation>
    </message>
    <message>
        <source>Installed blocks</source>
        <translation>Bloques instalados</translation>
    </message>
    <message>
        <source>Cooling technology</source>
        <translation>Tecnología de refrigeración</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Energisation phases</source>
        <translation>Fases de energización</translation>
    </message>
    <message>
        <source>Months between phases</source>
        <translation>Meses entre fases</translation>
    </message>
    <message>
        <source>GPU delivery month</source>
        <translation>Mes de entrega de GPU</translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation>Nombre de la cartera</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Mes de inicio</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Tasa de descuento</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Exit cap rate</source>
        <translation>Tasa de capitalización de salida</translation>
    </message>
    <message>
        <source>GPU hall fit-out</source>
        <translation>Equipamiento de la sala de GPU</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Eléctrico</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refrigeración</translation>
    </message>
    <message>
        <source>Building sealing</source>
        <translation>Sellado del edificio</translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation>Extinción de incendios</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorización</translation>
    </message>
    <message>
        <source>Tier III premium</source>
        <translation>Sobrecoste Tier III</translation>
    </message>
    <message>
        <source>Tier IV premium</source>
        <translation>Sobrecoste Tier IV</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Contingencia</translation>
    </message>
    <message>
        <source>AI hall O&amp;M</source>
        <translation>O&amp;M de la sala de IA</translation>
    </message>
    <message>
        <source>Mining O&amp;M</source>
        <translation>O&amp;M de la minería</translation>
    </message>
    <message>
        <source>ASIC resale</source>
        <translation>Reventa de ASIC</translation>
    </message>
    <message>
        <source>GPU depreciation</source>
        <translation>Amortización de GPU</translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation>Vida de la instalación</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation>%1, emplazamiento %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Altitud</translation>
    </message>
    <message>
        <source>Design dry-bulb</source>
        <translation>Bulbo seco de diseño</translation>
    </message>
    <message>
        <source>Design wet-bulb</source>
        <translation>Bulbo húmedo de diseño</translation>
    </message>
    <message>
        <source>Design percentile</source>
        <translation>Percentil de diseño</translation>
    </message>
</context>
<context>
    <name>GanttWidget</name>
    <message>
        <source>Conversion schedule (Gantt chart)</source>
        <translation>Cronograma de conversión (diagrama de Gantt)</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Sin cronograma</translation>
    </message>
    <message>
        <source>%1 tasks. First RFS %2; full capacity %3. Use the arrow keys to read each task.</source>
        <translation>%1 tareas. Primera PES %2; plena capacidad %3. Use las flechas para leer cada tarea.</translation>
    </message>
    <message>
        <source>%1: month %2 to %3, %4 months of float, critical for %5.</source>
        <translation>%1: mes %2 a %3, %4 meses de holgura, crítica para %5.</translation>
    </message>
    <message>
        <source>%1 (month %2)</source>
        <translation>%1 (mes %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Early start: %3&lt;br&gt;Early finish: %4&lt;br&gt;Duration: %5 months&lt;br&gt;Total float: %6 months (to %7)&lt;br&gt;Critical for: %8&lt;br&gt;Driving predecessor: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Inicio temprano: %3&lt;br&gt;Fin temprano: %4&lt;br&gt;Duración: %5 meses&lt;br&gt;Holgura total: %6 meses (hasta %7)&lt;br&gt;Crítica para: %8&lt;br&gt;Predecesora determinante: %9</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (crítica)</translation>
    </message>
    <message>
        <source>first RFS</source>
        <translation>primera PES</translation>
    </message>
    <message>
        <source>full capacity</source>
        <translation>plena capacidad</translation>
    </message>
</context>
<context>
    <name>InputNotes</name>
    <message>
        <source>note for %1 is longer than %2 bytes</source>
        <translation>la nota de %1 supera los %2 bytes</translation>
    </message>
    <message>
        <source>note for %1 is not valid UTF-8 text</source>
        <translation>la nota de %1 no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>note for %1 holds control characters (only line breaks and tabs are allowed)</source>
        <translation>la nota de %1 contiene caracteres de control (solo se admiten saltos de línea y tabulaciones)</translation>
    </message>
    <message>
        <source>source for %1 is longer than %2 bytes</source>
        <translation>la fuente de %1 supera los %2 bytes</translation>
    </message>
    <message>
        <source>source for %1 is not valid UTF-8 text</source>
        <translation>la fuente de %1 no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>source for %1 holds control characters (only line breaks and tabs are allowed)</source>
        <translation>la fuente de %1 contiene caracteres de control (solo se admiten saltos de línea y tabulaciones)</translation>
    </message>
    <message>
        <source>note path &apos;%1&apos; is not a field path (e.g. sites[0].gridInterconnectMw, at most %2 bytes)</source>
        <translation>la ruta de nota «%1» no es una ruta de campo (p. ej., sites[0].gridInterconnectMw, como máximo %2 bytes)</translation>
    </message>
</context>
<context>
    <name>InputNotesUi</name>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Remove note for %1</source>
        <translation>Eliminar la nota de %1</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation>Nota para %1</translation>
    </message>
    <message>
        <source>Note and source: %1</source>
        <translation>Nota y fuente: %1</translation>
    </message>
    <message>
        <source>A note and a source for &lt;b&gt;%1&lt;/b&gt;, shown in its tooltip, the report&apos;s appendix and the workbook&apos;s Inputs sheet. Plain text, up to %2 characters each.</source>
        <translation>Una nota y una fuente para &lt;b&gt;%1&lt;/b&gt;, mostradas en su descripción emergente, el anexo del informe y la hoja Inputs del libro. Texto sin formato, hasta %2 caracteres cada una.</translation>
    </message>
    <message>
        <source>e.g. utility letter of 3 March 2026, or a URL</source>
        <translation>p. ej. carta de la distribuidora del 3 de marzo de 2026, o una URL</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
</context>
<context>
    <name>InputNotesUi::Filter</name>
    <message>
        <source>Edit Note and Source…</source>
        <translation>Editar nota y fuente…</translation>
    </message>
    <message>
        <source>Note and Source…</source>
        <translation>Nota y fuente…</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Eliminar la nota</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>unknown key; allowed keys here: %1</source>
        <translation>clave desconocida; claves admitidas aquí: %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>debe ser un objeto, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>debe ser un número, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>debe ser un número entero, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>debe ser true o false, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>debe ser una cadena de texto, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>debe ser uno de %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>debe ser un array, se obtuvo %1</translation>
    </message>
    <message>
        <source>binary values are not JSON</source>
        <translation>los valores binarios no son JSON</translation>
    </message>
    <message>
        <source>duplicate key: a key may appear only once in an object</source>
        <translation>clave duplicada: una clave solo puede aparecer una vez en un objeto</translation>
    </message>
    <message>
        <source>number out of range (beyond ±1.8e308), got %1</source>
        <translation>número fuera de rango (más allá de ±1.8e308), se obtuvo %1</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2 (near %3): %4</source>
        <translation>JSON mal formado en la línea %1, columna %2 (cerca de %3): %4</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON mal formado en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>more than %1 sites, the most a portfolio may have</source>
        <translation>más de %1 emplazamientos, el máximo que admite una cartera</translation>
    </message>
    <message>
        <source>more than %1 values; not a Mine2AI portfolio</source>
        <translation>más de %1 valores; no es una cartera de Mine2AI</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels (a Mine2AI portfolio needs 7)</source>
        <translation>anidado a más de %1 niveles (una cartera de Mine2AI necesita 7)</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>falta una clave obligatoria</translation>
    </message>
    <message>
        <source>must be a month &quot;YYYY-MM&quot; (e.g. &quot;2027-01&quot;), got %1</source>
        <translation>debe ser un mes &quot;YYYY-MM&quot; (p. ej., &quot;2027-01&quot;), se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown value %1, allowed: %2</source>
        <translation>valor desconocido %1, admitidos: %2</translation>
    </message>
    <message>
        <source>must be an array of 12 numbers (January to December), got %1</source>
        <translation>debe ser un array de 12 números (de enero a diciembre), se obtuvo %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>debe estar entre %1 y %2, se obtuvo %3</translation>
    </message>
    <message>
        <source>out of range, got %1</source>
        <translation>fuera de rango, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be an array of 4 numbers (air, hybrid, direct-to-chip, immersion), got %1</source>
        <translation>debe ser un array de 4 números (aire, híbrida, direct-to-chip, inmersión), se obtuvo %1</translation>
    </message>
    <message>
        <source>must be an array of task ids, got %1</source>
        <translation>debe ser un array de identificadores de tareas, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be an array of notes, got %1</source>
        <translation>debe ser un array de notas, se obtuvo %1</translation>
    </message>
    <message>
        <source>holds %1 notes, more than the %2 allowed</source>
        <translation>contiene %1 notas, más de las %2 admitidas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a note already (notes are one per field)</source>
        <translation>&apos;%1&apos; ya tiene una nota (una nota por campo)</translation>
    </message>
    <message>
        <source>must be an array of tasks, got %1</source>
        <translation>debe ser un array de tareas, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 8760 or 8784, got %1</source>
        <translation>debe ser 8760 u 8784, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be %1 characters of base64 (%2 float32 values), got %3</source>
        <translation>debe tener %1 caracteres base64 (%2 valores float32), se obtuvo %3</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (this is not a Mine2AI portfolio), got %2</source>
        <translation>debe ser &quot;%1&quot; (no es una cartera de Mine2AI), se obtuvo %2</translation>
    </message>
    <message>
        <source>file was written by a newer Mine2AI (formatVersion %1); this version reads formatVersion %2</source>
        <translation>archivo escrito por una versión más reciente de Mine2AI (formatVersion %1); esta versión lee formatVersion %2</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>debe ser %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>must be an array of sites, got %1</source>
        <translation>debe ser un array de emplazamientos, se obtuvo %1</translation>
    </message>
    <message>
        <source>larger than %1 MiB, the limit for a portfolio JSON file</source>
        <translation>más de %1 MiB, el límite para un archivo JSON de cartera</translation>
    </message>
    <message>
        <source>cannot read the document: %1</source>
        <translation>no se puede leer el documento: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Updated on screen in %1 ms (engines %2 ms)</source>
        <translation>Actualizado en pantalla en %1 ms (motores %2 ms)</translation>
    </message>
    <message>
        <source>Computation failed: %1</source>
        <translation>Error en el cálculo: %1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nuevo a partir de &amp;plantilla…</translation>
    </message>
    <message>
        <source>Import Sites from Spreads&amp;heet…</source>
        <translation>Importar emplazamientos desde &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Add Site</source>
        <translation>&amp;Añadir emplazamiento</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Emplazamiento %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>&amp;Duplicate Site</source>
        <translation>D&amp;uplicar emplazamiento</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Re&amp;move Site</source>
        <translation>&amp;Eliminar emplazamiento</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Cartera</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>E&amp;mplazamiento</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Riesgo</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Mine2AI Planner</source>
        <translation>&amp;Acerca de Mine2AI Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Informe PDF…</translation>
    </message>
    <message>
        <source>All charts (PNG and SVG)…</source>
        <translation>Todos los gráficos (PNG y SVG)…</translation>
    </message>
    <message>
        <source>Tables (CSV and Excel workbook)…</source>
        <translation>Tablas (CSV y libro de Excel)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Cost A&amp;ssumptions…</source>
        <translation>&amp;Supuestos de costes…</translation>
    </message>
    <message>
        <source>&amp;Tax and Financing…</source>
        <translation>&amp;Impuestos y financiación…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Compare Two Sites…</source>
        <translation>&amp;Comparar dos emplazamientos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Deshacer %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Y)</source>
        <translation>Rehacer %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Site shown in the site view</source>
        <translation>Emplazamiento mostrado en la vista de emplazamiento</translation>
    </message>
    <message>
        <source>Site shown in the site view: %1</source>
        <translation>Emplazamiento mostrado en la vista de emplazamiento: %1</translation>
    </message>
    <message>
        <source>Site inputs</source>
        <translation>Datos del emplazamiento</translation>
    </message>
    <message>
        <source>Conversion steps</source>
        <translation>Pasos de conversión</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historial de deshacer</translation>
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
        <translation>&amp;Vaciar el menú</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Project on Start</source>
        <translation>&amp;Reabrir el último proyecto al iniciar</translation>
    </message>
    <message>
        <source>Site 1</source>
        <translation>Emplazamiento 1</translation>
    </message>
    <message>
        <source>Built-in sample portfolio loaded</source>
        <translation>Cartera de ejemplo integrada cargada</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Mine2AI projects (*.m2ai)</source>
        <translation>Proyectos de Mine2AI (*.m2ai)</translation>
    </message>
    <message>
        <source>Not saved: %1 was kept</source>
        <translation>No guardado: se conservó %1</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ya existe.
¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Mine2AI projects (*.m2ai);;JSON portfolios (*.json)</source>
        <translation>Proyectos de Mine2AI (*.m2ai);;Carteras JSON (*.json)</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Importar JSON</translation>
    </message>
    <message>
        <source>JSON portfolios (*.json)</source>
        <translation>Carteras JSON (*.json)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>an untitled project (“%1”)</source>
        <translation>un proyecto sin título («%1»)</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recuperar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Mine2AI Planner did not close normally last time.

A recovery copy of %1 with unsaved changes was saved %2.

Recover opens it (the original file stays as it was until you save); Discard deletes the copy.</source>
        <translation>Mine2AI Planner no se cerró normalmente la última vez.

Se guardó una copia de recuperación de %1 con cambios sin guardar %2.

Recuperar la abre (el archivo original queda como estaba hasta que guarde); Descartar elimina la copia.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Could not recover %1: %2</source>
        <translation>No se pudo recuperar %1: %2</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation>Cambios sin guardar recuperados desde %1</translation>
    </message>
    <message>
        <source>The user guide is missing.</source>
        <translation>Falta la guía del usuario.</translation>
    </message>
    <message>
        <source>Mine2AI Planner — User Guide</source>
        <translation>Mine2AI Planner — Guía del usuario</translation>
    </message>
    <message>
        <source>About Mine2AI Planner</source>
        <translation>Acerca de Mine2AI Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mine2AI Planner %1&lt;/h3&gt;&lt;p&gt;Plan the conversion of Bitcoin-mining sites into AI data centres: power budget, PUE, schedule and economics per site and for the portfolio.&lt;/p&gt;&lt;p&gt;Figures and their sources: see the user guide and docs/model.md.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mine2AI Planner %1&lt;/h3&gt;&lt;p&gt;Planifique la conversión de emplazamientos de minería de bitcoin en centros de datos de IA: balance de potencia, PUE, cronograma y economía por emplazamiento y para la cartera.&lt;/p&gt;&lt;p&gt;Cifras y fuentes: véase la guía del usuario y docs/model.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit tax and financing</source>
        <translation>Editar impuestos y financiación</translation>
    </message>
    <message>
        <source>Tax and financing refused</source>
        <translation>Impuestos y financiación rechazados</translation>
    </message>
    <message>
        <source>Edit cost assumptions</source>
        <translation>Editar los supuestos de costes</translation>
    </message>
    <message>
        <source>Cost assumptions refused</source>
        <translation>Supuestos de costes rechazados</translation>
    </message>
    <message>
        <source>Import sites from a spreadsheet</source>
        <translation>Importar emplazamientos desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv);;Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln site(s) from %1</source>
        <translation>
            <numerusform>%Ln emplazamiento importado desde %1</numerusform>
            <numerusform>%Ln emplazamientos importados desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New sites spreadsheet from the template</source>
        <translation>Nueva hoja de emplazamientos a partir de la plantilla</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the template: %1</source>
        <translation>No se pudo escribir la plantilla: %1</translation>
    </message>
    <message>
        <source>Sites template</source>
        <translation>Plantilla de emplazamientos</translation>
    </message>
    <message>
        <source>Template written to %1: fill in one row per site, then File › Import Sites from Spreadsheet…</source>
        <translation>Plantilla escrita en %1: rellene una fila por emplazamiento y luego Archivo › Importar emplazamientos desde hoja de cálculo…</translation>
    </message>
    <message>
        <source>Nothing to copy: select cells of a table</source>
        <translation>Nada que copiar: seleccione celdas de una tabla</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) as tab-separated text</source>
        <translation>
            <numerusform>%Ln fila copiada como texto separado por tabulaciones</numerusform>
            <numerusform>%Ln filas copiadas como texto separado por tabulaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste works in the portfolio table and the climate table</source>
        <translation>Pegar funciona en la tabla de la cartera y en la tabla del clima</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila pegada</numerusform>
            <numerusform>%Ln filas pegadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sc&amp;enario Comparison</source>
        <translation>Comparación de &amp;escenarios</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Add Site</source>
        <comment>toolbar button, short</comment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Duplicate Site</source>
        <comment>toolbar button, short</comment>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Remove Site</source>
        <comment>toolbar button, short</comment>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>PortfolioFile</name>
    <message>
        <source>%1: cannot open the file (missing or unreadable)</source>
        <translation>%1: no se puede abrir el archivo (no existe o no se puede leer)</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: cannot read the file size: %2</source>
        <translation>%1: no se puede leer el tamaño del archivo: %2</translation>
    </message>
    <message>
        <source>%1: %2 MiB, larger than the %3 MiB limit for a portfolio JSON file; not a Mine2AI portfolio</source>
        <translation>%1: %2 MiB, más que el límite de %3 MiB para un archivo JSON de cartera; no es una cartera de Mine2AI</translation>
    </message>
    <message>
        <source>%1: not a Mine2AI project (.m2ai) or portfolio JSON file</source>
        <translation>%1: no es un proyecto de Mine2AI (.m2ai) ni un archivo JSON de cartera</translation>
    </message>
    <message>
        <source>%1: %2 problem(s), first: %3</source>
        <translation>%1: %2 problema(s), el primero: %3</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <source>… and %1 more problems (only the first %2 are listed)</source>
        <translation>… y %1 problemas más (solo se muestran los %2 primeros)</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Grid today</source>
        <translation>Red actual</translation>
    </message>
    <message>
        <source>Grid with queue</source>
        <translation>Red con cola</translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation>MW TI</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>PUE anual</translation>
    </message>
    <message>
        <source>RFS</source>
        <translation>PES</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>GPU purchase</source>
        <translation>Compra de GPU</translation>
    </message>
    <message>
        <source>Facility per MW IT</source>
        <translation>Instalación por MW TI</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>NPV vs mining</source>
        <translation>VAN vs minería</translation>
    </message>
    <message>
        <source>Incremental IRR</source>
        <translation>TIR incremental</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>TIR</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>How the AI hall earns: colocation lease or GPU cloud</source>
        <translation>Cómo genera ingresos la sala de IA: arrendamiento de colocation o nube de GPU</translation>
    </message>
    <message>
        <source>Share of the grid (with the queue) given to the AI hall; the rest keeps mining</source>
        <translation>Parte de la red (con la cola) asignada a la sala de IA; el resto sigue minando</translation>
    </message>
    <message>
        <source>Grid interconnect available today</source>
        <translation>Conexión a la red disponible hoy</translation>
    </message>
    <message>
        <source>Grid interconnect today plus the queued upgrade, when there is one</source>
        <translation>Conexión actual más la ampliación en cola, si la hay</translation>
    </message>
    <message>
        <source>Critical IT load the power chain and grid (with the queue) allow</source>
        <translation>Carga crítica de TI que permiten la cadena eléctrica y la red (con la cola)</translation>
    </message>
    <message>
        <source>Energy-weighted power usage effectiveness over the year</source>
        <translation>PUE ponderado por energía a lo largo del año</translation>
    </message>
    <message>
        <source>First full month in service (critical path of the schedule)</source>
        <translation>Primer mes completo en servicio (ruta crítica del cronograma)</translation>
    </message>
    <message>
        <source>Conversion capex: facility (with contingency) + GPU purchase − ASIC resale</source>
        <translation>CAPEX de conversión: instalación (con contingencia) + compra de GPU − reventa de ASIC</translation>
    </message>
    <message>
        <source>Owned GPUs of a GPU cloud, first fleet (vendor price, no contingency)</source>
        <translation>GPU propias de una nube de GPU, primera flota (precio del fabricante, sin contingencia)</translation>
    </message>
    <message>
        <source>Facility capex per MW of IT, GPUs excluded</source>
        <translation>CAPEX de instalación por MW de TI, sin GPU</translation>
    </message>
    <message>
        <source>Net present value of converting, over the portfolio horizon</source>
        <translation>Valor actual neto de la conversión, en el horizonte de la cartera</translation>
    </message>
    <message>
        <source>NPV of converting minus NPV of keeping the whole site mining</source>
        <translation>VAN de la conversión menos VAN de seguir minando en todo el emplazamiento</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining: the IRR of converting&apos;s monthly net minus keep-mining&apos;s</source>
        <translation>TIR incremental frente a la minería: la TIR del flujo neto mensual de la conversión menos el de seguir minando</translation>
    </message>
    <message>
        <source>IRR of the converting plan&apos;s own monthly net, before tax, unlevered</source>
        <translation>TIR del flujo neto mensual propio del plan de conversión, antes de impuestos, sin deuda</translation>
    </message>
    <message>
        <source>First month the converting plan&apos;s cumulative net cash is positive</source>
        <translation>Primer mes en que el flujo de caja neto acumulado del plan de conversión es positivo</translation>
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
        <translation>Totales de los emplazamientos viables: %1</translation>
    </message>
    <message>
        <source>Total (%1 sites, %2 infeasible excluded)</source>
        <translation>Total (%1 emplazamientos, %2 inviables excluidos)</translation>
    </message>
    <message numerus="yes">
        <source>Total (%Ln sites)</source>
        <translation>
            <numerusform>Total (%Ln emplazamiento)</numerusform>
            <numerusform>Total (%Ln emplazamientos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Renombrar el emplazamiento</translation>
    </message>
    <message>
        <source>Change grid interconnect</source>
        <translation>Cambiar la conexión a la red</translation>
    </message>
    <message>
        <source>the Total row is computed</source>
        <translation>la fila Total se calcula</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a number (allowed %4 – %5 %6)</source>
        <translation>%1, %2: «%3» no es un número (permitido %4 – %5 %6)</translation>
    </message>
    <message>
        <source>%1, %2: computed, not an input (paste into Site or Grid today)</source>
        <translation>%1, %2: calculado, no es un dato (pegue en Emplazamiento o Red actual)</translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: %1</source>
        <translation>Pegado rechazado, no se cambió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Pegar %n celda</numerusform>
            <numerusform>Pegar %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Nothing to paste</source>
        <translation>Nada que pegar</translation>
    </message>
    <message>
        <source>Select the cell to paste at</source>
        <translation>Seleccione la celda donde pegar</translation>
    </message>
    <message>
        <source>row %1, cell %2</source>
        <translation>fila %1, celda %2</translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: the block reaches past the table (%1)</source>
        <translation>Pegado rechazado, no se cambió nada: el bloque sobrepasa la tabla (%1)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Tasa de descuento</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Rename portfolio</source>
        <translation>Renombrar la cartera</translation>
    </message>
    <message>
        <source>Change start month</source>
        <translation>Cambiar el mes de inicio</translation>
    </message>
    <message>
        <source>Change discount rate</source>
        <translation>Cambiar la tasa de descuento</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation>Cambiar el horizonte</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>site name</source>
        <translation>nombre del emplazamiento</translation>
    </message>
    <message>
        <source>task name</source>
        <translation>nombre de la tarea</translation>
    </message>
    <message>
        <source>task id</source>
        <translation>identificador de tarea</translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation>modelo de ASIC</translation>
    </message>
    <message>
        <source>portfolio name</source>
        <translation>nombre de la cartera</translation>
    </message>
    <message>
        <source>GPU platform id, or &quot;custom&quot;</source>
        <translation>identificador de plataforma GPU, o «custom»</translation>
    </message>
    <message>
        <source>air cooling</source>
        <translation>refrigeración por aire</translation>
    </message>
    <message>
        <source>hybrid (rear-door) cooling</source>
        <translation>refrigeración híbrida (puerta trasera)</translation>
    </message>
    <message>
        <source>direct-to-chip cooling</source>
        <translation>refrigeración directa al chip</translation>
    </message>
    <message>
        <source>immersion cooling</source>
        <translation>refrigeración por inmersión</translation>
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
        <translation>ninguna</translation>
    </message>
    <message>
        <source>GPU cloud</source>
        <translation>nube de GPU</translation>
    </message>
    <message>
        <source>colocation</source>
        <translation>colocation</translation>
    </message>
    <message>
        <source>distributed redundant</source>
        <translation>redundancia distribuida</translation>
    </message>
    <message>
        <source>a custom GPU</source>
        <translation>una GPU personalizada</translation>
    </message>
    <message>
        <source>must be between %1 and %2 %3, got %4</source>
        <translation>debe estar entre %1 y %2 %3, se obtuvo %4</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>debe estar entre %1 y %2, se obtuvo %3</translation>
    </message>
    <message>
        <source>must not be empty (%1)</source>
        <translation>no debe estar vacío (%1)</translation>
    </message>
    <message>
        <source>must be a month between %1-01 and %2-12, got year %3 month %4</source>
        <translation>debe ser un mes entre %1-01 y %2-12, se obtuvo año %3 mes %4</translation>
    </message>
    <message>
        <source>unknown value %1, allowed: %2</source>
        <translation>valor desconocido %1, permitidos: %2</translation>
    </message>
    <message>
        <source>N+1 needs at least 2 blocks (one is the spare), got %1</source>
        <translation>N+1 necesita al menos 2 bloques (uno es la reserva), se obtuvo %1</translation>
    </message>
    <message>
        <source>2N needs an even number of blocks, at least 2, got %1</source>
        <translation>2N necesita un número par de bloques, al menos 2, se obtuvo %1</translation>
    </message>
    <message>
        <source>2(N+1) needs an even number of blocks, at least 4 (two sides of N+1), got %1</source>
        <translation>2(N+1) necesita un número par de bloques, al menos 4 (dos lados en N+1), se obtuvo %1</translation>
    </message>
    <message>
        <source>distributed-redundant needs a multiple of 3 blocks (&quot;3 to make 2&quot;), got %1</source>
        <translation>la redundancia distribuida necesita un múltiplo de 3 bloques («3 para 2»), se obtuvo %1</translation>
    </message>
    <message>
        <source>wet-bulb must not exceed dry-bulb (%1 °C), got %2</source>
        <translation>el bulbo húmedo no debe superar al bulbo seco (%1 °C), se obtuvo %2</translation>
    </message>
    <message>
        <source>duplicate site name &quot;%1&quot; (also %2)</source>
        <translation>nombre de emplazamiento duplicado «%1» (también %2)</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot; (also %2)</source>
        <translation>identificador de tarea duplicado «%1» (también %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a generated task id; choose another</source>
        <translation>«%1» es un identificador de tarea generado; elija otro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <source>cannot depend on &quot;%1&quot; (the milestones close the network)</source>
        <translation>no puede depender de «%1» (los hitos cierran la red)</translation>
    </message>
    <message>
        <source>a task cannot depend on itself</source>
        <translation>una tarea no puede depender de sí misma</translation>
    </message>
    <message>
        <source>unknown task id &quot;%1&quot;; use a generated id (%2) or another user task&apos;s id</source>
        <translation>identificador de tarea desconocido «%1»; use un identificador generado (%2) o el de otra tarea de usuario</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>ciclo de dependencias: %1</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as USD, got &quot;%1&quot;</source>
        <translation>debe ser un código ISO 4217 de tres letras como USD, se obtuvo «%1»</translation>
    </message>
    <message>
        <source>The queued %1 MW of grid arrives %2, after the planning horizon</source>
        <translation>Los %1 MW de red en cola llegan en %2, después del horizonte de planificación</translation>
    </message>
    <message>
        <source>The queued %1 MW of grid adds no IT load: the electrical capacity, not the grid, limits IT — add electrical blocks or drop the queue</source>
        <translation>Los %1 MW de red en cola no añaden carga de TI: la capacidad eléctrica, no la red, limita la TI — añada bloques eléctricos o renuncie a la cola</translation>
    </message>
    <message>
        <source>No IT load fits: check the electrical blocks and the converted share</source>
        <translation>No cabe ninguna carga de TI: revise los bloques eléctricos y la proporción convertida</translation>
    </message>
    <message>
        <source>Ready for service in month %1, after the planning horizon: the conversion earns nothing within it</source>
        <translation>Puesta en servicio en el mes %1, después del horizonte de planificación: la conversión no genera nada dentro de él</translation>
    </message>
    <message>
        <source>GPUs arrive before the hall is ready: %1 idle GPU-months cost about %2 of NPV</source>
        <translation>Las GPU llegan antes de que la sala esté lista: %1 meses-GPU ociosos cuestan unos %2 de VAN</translation>
    </message>
    <message>
        <source>The GPU step installs no GPUs: check the GPUs per rack</source>
        <translation>El paso de GPU no instala ninguna GPU: revise las GPU por rack</translation>
    </message>
    <message>
        <source>The minimum DSCR is %1, below the covenant of %2: less debt, a longer tenor or a lower rate</source>
        <translation>El DSCR mínimo es %1, por debajo del covenant de %2: menos deuda, un plazo más largo o un tipo más bajo</translation>
    </message>
    <message>
        <source>Racks draw %1 kW; %2 removes at most %3 kW per rack</source>
        <translation>Los racks consumen %1 kW; la %2 disipa como máximo %3 kW por rack</translation>
    </message>
    <message>
        <source>%1 requires liquid cooling, but the plan uses %2</source>
        <translation>%1 requiere refrigeración líquida, pero el plan usa %2</translation>
    </message>
    <message>
        <source>The GPU step is disabled: there is no AI hall (%1) to earn from</source>
        <translation>El paso de GPU está desactivado: no hay sala de IA (%1) que genere ingresos</translation>
    </message>
    <message>
        <source>A colocation lease needs at least %1 electrical redundancy; the plan has %2</source>
        <translation>Un arrendamiento de colocation necesita al menos redundancia eléctrica %1; el plan tiene %2</translation>
    </message>
    <message>
        <source>A colocation lease needs %1 certification; the plan has %2</source>
        <translation>Un arrendamiento de colocation necesita la certificación %1; el plan tiene %2</translation>
    </message>
    <message>
        <source>The mining fleet draws %1 MW, more than the %2 MW grid interconnect</source>
        <translation>La flota de minería consume %1 MW, más que los %2 MW de la conexión a la red</translation>
    </message>
    <message>
        <source>Racks give %1 kW per GPU; %2 needs at least %3</source>
        <translation>Los racks dan %1 kW por GPU; %2 necesita al menos %3</translation>
    </message>
    <message>
        <source>Nothing is converted (0 %), but these steps are enabled and paid for: %1</source>
        <translation>No se convierte nada (0 %), pero estos pasos están activados y se pagan: %1</translation>
    </message>
    <message>
        <source>Infeasible plan</source>
        <translation>Plan inviable</translation>
    </message>
    <message>
        <source>a task cannot precede itself</source>
        <translation>una tarea no puede precederse a sí misma</translation>
    </message>
    <message>
        <source>cannot precede &quot;grid-upgrade&quot; (the queued grid&apos;s date is set by the queue, gridQueue.availableMonth; make the task precede &quot;commissioning&quot; instead)</source>
        <translation>no puede preceder a &quot;grid-upgrade&quot; (la fecha de la red en cola la fija la cola, gridQueue.availableMonth; haga que la tarea preceda a &quot;commissioning&quot;)</translation>
    </message>
    <message>
        <source>electrical rebuild</source>
        <translation>reconstrucción eléctrica</translation>
    </message>
    <message>
        <source>facility works</source>
        <translation>obras de la instalación</translation>
    </message>
    <message>
        <source>A GPU cloud&apos;s own servers need a protected hall (UPS and generators, sealing and fire suppression); the plan lacks: %1</source>
        <translation>Los servidores propios de una nube de GPU necesitan una sala protegida (SAI y generadores, sellado y extinción de incendios); al plan le falta: %1</translation>
    </message>
    <message>
        <source>USD %1 billion</source>
        <translation>%1 mil millones USD</translation>
    </message>
    <message>
        <source>USD %1 million</source>
        <translation>%1 millones USD</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>grados</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloques</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>fases</translation>
    </message>
    <message>
        <source>%/year</source>
        <translation>%/año</translation>
    </message>
    <message>
        <source>USD/MW/year</source>
        <translation>USD/MW/año</translation>
    </message>
    <message>
        <source>USD/PH/day</source>
        <translation>USD/PH/día</translation>
    </message>
    <message>
        <source>USD/kW/month</source>
        <translation>USD/kW/mes</translation>
    </message>
    <message>
        <source>must be one of the ASHRAE annual percentiles 0.4, 1 or 2 (%), got %1</source>
        <translation>debe ser uno de los percentiles anuales ASHRAE 0,4, 1 o 2 (%), se obtuvo %1</translation>
    </message>
    <message>
        <source>must be USD (the model computes in US dollars only), got &quot;%1&quot;</source>
        <translation>debe ser USD (el modelo calcula solo en dólares estadounidenses), se obtuvo «%1»</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importado</translation>
    </message>
    <message>
        <source>Opened %1 (upgraded from file version %2; saving writes the new version)</source>
        <translation>%1 abierto (actualizado desde la versión de archivo %2; al guardar se escribe la nueva versión)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>Ningún emplazamiento seleccionado</translation>
    </message>
    <message>
        <source>Internal error: portfolio edit touched the sites</source>
        <translation>Error interno: una edición de la cartera afectó a los emplazamientos</translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation>Añadir el emplazamiento %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate site %1</source>
        <translation>Duplicar el emplazamiento %1</translation>
    </message>
    <message>
        <source>A portfolio keeps at least one site</source>
        <translation>Una cartera conserva al menos un emplazamiento</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: cannot open: schema %2 cannot be upgraded: this version reads schemas %3 to %4</source>
        <translation>%1: no se puede abrir: el esquema %2 no se puede actualizar: esta versión lee los esquemas %3 a %4</translation>
    </message>
    <message>
        <source>%1: cannot open: schema %2 cannot be upgraded: this version reads schema %3</source>
        <translation>%1: no se puede abrir: el esquema %2 no se puede actualizar: esta versión lee el esquema %3</translation>
    </message>
    <message>
        <source>%1: cannot open: upgrading from schema %2 to %3 (%4) failed: %5</source>
        <translation>%1: no se puede abrir: la actualización del esquema %2 al %3 (%4) falló: %5</translation>
    </message>
    <message>
        <source>%1: cannot open: upgrading from schema %2 to %3 (%4) failed: the schema version was not recorded</source>
        <translation>%1: no se puede abrir: la actualización del esquema %2 al %3 (%4) falló: no se registró la versión del esquema</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 is missing</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: falta la tabla %2</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 sites, more than the %3 a project may hold</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 emplazamientos, más de los %3 que puede contener un proyecto</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: too many rows (%2)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: demasiadas filas (%2)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 is empty</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: la tabla %2 está vacía</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not 1</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es 1</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has more than one row</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: la tabla %2 tiene más de una fila</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: repeated technology</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: tecnología repetida</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: no row for %3</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: no hay ninguna fila para %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: too many sites</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: demasiados emplazamientos</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: site id %2 is repeated</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: el identificador de emplazamiento %2 está repetido</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has a row for a site that does not exist</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: la tabla %2 tiene una fila para un emplazamiento que no existe</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: more than one row in the table %3</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: más de una fila en la tabla %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: no row in the table %3</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: ninguna fila en la tabla %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3 is not 1..12</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: %3 no está entre 1 y 12</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 has month %3 twice</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 contiene dos veces el mes %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2.climate: the file lacks some of the 12 months</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2.climate: al archivo le faltan algunos de los 12 meses</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is beyond the task limit</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 supera el límite de tareas</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is repeated</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 está repetido</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has a row for a task that does not exist</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: la tabla %2 tiene una fila para una tarea que no existe</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: position %3 is repeated (%4)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: la posición %3 está repetida (%4)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: more than %3 dependencies</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: más de %3 dependencias</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it (%2 bytes)</source>
        <translation>%1: no hay memoria suficiente para leerlo (%2 bytes)</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: the file changed while it was being read; try again</source>
        <translation>%1: el archivo cambió mientras se leía; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1: no se puede abrir (%2)</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: %2-journal beside it holds a write of another program interrupted by a crash; open the file once in the sqlite3 shell to roll it back, then try again</source>
        <translation>%1: el archivo %2-journal que está a su lado contiene una escritura de otro programa interrumpida por un fallo; abra el archivo una vez en el shell de sqlite3 para revertirla y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1: %2-wal beside it holds changes from another program or a crash that are not in the file yet; open the file once in the sqlite3 shell to keep them, or remove %3-wal to discard them</source>
        <translation>%1: el archivo %2-wal que está a su lado contiene cambios de otro programa o de un fallo que aún no están en el archivo; abra el archivo una vez en el shell de sqlite3 para conservarlos, o elimine %3-wal para descartarlos</translation>
    </message>
    <message>
        <source>%1: larger than 1 GiB; not a Mine2AI project</source>
        <translation>%1: mayor de 1 GiB; no es un proyecto de Mine2AI</translation>
    </message>
    <message>
        <source>%1: not a Mine2AI project (not an SQLite database)</source>
        <translation>%1: no es un proyecto de Mine2AI (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>%1: the file is damaged (truncated to %2 bytes)</source>
        <translation>%1: el archivo está dañado (truncado a %2 bytes)</translation>
    </message>
    <message>
        <source>%1: an SQLite database of another application (application_id %2), not a Mine2AI project</source>
        <translation>%1: una base de datos SQLite de otra aplicación (application_id %2), no un proyecto de Mine2AI</translation>
    </message>
    <message>
        <source>%1: made by a newer Mine2AI, schema %2; this version reads up to %3</source>
        <translation>%1: creado por una versión más reciente de Mine2AI, esquema %2; esta versión lee hasta el esquema %3</translation>
    </message>
    <message>
        <source>%1: the file is damaged (truncated: %2 of %3 bytes)</source>
        <translation>%1: el archivo está dañado (truncado: %2 de %3 bytes)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: quick_check returned nothing</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: quick_check no devolvió nada</translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2)</source>
        <translation>%1: el archivo está dañado (%2)</translation>
    </message>
    <message>
        <source>%1: refused: reading it takes too much work (hostile file?)</source>
        <translation>%1: rechazado: leerlo requiere demasiado trabajo (¿archivo malicioso?)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project (%2)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI (%2)</translation>
    </message>
    <message>
        <source>%1: invalid values: %2</source>
        <translation>%1: valores no válidos: %2</translation>
    </message>
    <message>
        <source>cannot save %1: no file name</source>
        <translation>no se puede guardar %1: no hay nombre de archivo</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>no se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: it is a folder</source>
        <translation>no se puede guardar %1: es una carpeta</translation>
    </message>
    <message>
        <source>cannot save %1: %2-journal beside it holds a write of another program interrupted by a crash; open the file once in the sqlite3 shell to roll it back, then try again</source>
        <translation>no se puede guardar %1: el archivo %2-journal que está a su lado contiene una escritura de otro programa interrumpida por un fallo; abra el archivo una vez en el shell de sqlite3 para revertirla y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>cannot save %1: %2-wal beside it holds changes from another program or a crash that are not in the file yet; open the file once in the sqlite3 shell to keep them, or remove %3-wal to discard them</source>
        <translation>no se puede guardar %1: el archivo %2-wal que está a su lado contiene cambios de otro programa o de un fallo que aún no están en el archivo; abra el archivo una vez en el shell de sqlite3 para conservarlos, o elimine %3-wal para descartarlos</translation>
    </message>
    <message>
        <source>cannot save %1: cannot create a file in %2 (%3)</source>
        <translation>no se puede guardar %1: no se puede crear un archivo en %2 (%3)</translation>
    </message>
    <message>
        <source>cannot save %1: cannot flush the new file to disk (%2)</source>
        <translation>no se puede guardar %1: no se puede volcar el nuevo archivo al disco (%2)</translation>
    </message>
    <message>
        <source>cannot save %1: cannot replace the file (%2)</source>
        <translation>no se puede guardar %1: no se puede reemplazar el archivo (%2)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds a blob)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es un número (%3 contiene un blob)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds NULL)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es un número (%3 contiene NULL)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds text)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es un número (%3 contiene texto)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds a blob)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es un número entero (%3 contiene un blob)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds NULL)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es un número entero (%3 contiene NULL)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds a real number)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es un número entero (%3 contiene un número real)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds text)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es un número entero (%3 contiene texto)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a blob)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es texto (%3 contiene un blob)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds NULL)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es texto (%3 contiene NULL)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a real number)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es texto (%3 contiene un número real)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a whole number)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es texto (%3 contiene un número entero)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds a blob, not a whole number</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 contiene un blob, no un número entero</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds NULL, not a whole number</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 contiene NULL, no un número entero</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds a real number, not a whole number</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 contiene un número real, no un número entero</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds text, not a whole number</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 contiene texto, no un número entero</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a finite number</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es un número finito</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is out of range</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 está fuera de rango</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not 0 or 1</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es 0 ni 1</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is longer than %3 bytes</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 supera los %3 bytes</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 &apos;%3&apos; is not one of %4</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: «%3» no es uno de %4</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a blob of float32 values</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es un blob de valores float32</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 changed while it was read</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: la tabla %2 cambió mientras se leía</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 more than one row in the table %3</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: más de una fila en la tabla %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 needs both a dry-bulb and a wet-bulb, or neither</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 necesita a la vez una temperatura de bulbo seco y una de bulbo húmedo, o ninguna</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 &apos;%3&apos; is not %4</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: «%3» no es %4</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3 is not 8760 or 8784</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: %3 no es 8760 ni 8784</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has more rows than a project has sites</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: la tabla %2 tiene más filas que emplazamientos el proyecto</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: more than %2 input notes (%3)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: más de %2 notas de entrada (%3)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is &apos;%3&apos;, not fixed, triangular, pert, normal or lognormal</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 es «%3», no fixed, triangular, pert, normal ni lognormal</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is &apos;%3&apos;, not YYYY-MM</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 es «%3», no AAAA-MM (YYYY-MM)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has %3 rows, more than the %4 allowed</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: la tabla %2 tiene %3 filas, más de las %4 permitidas</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 scenarios, more than the %3 allowed</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 escenarios, más de los %3 permitidos</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 scenario overrides, more than the %3 allowed</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 valores modificados de escenario, más de los %3 permitidos</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is missing (%3 jumps to %4)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: falta %2 (%3 salta a %4)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3 names no scenario</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 %3 no designa ningún escenario</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is a flag but %3 is not 0 or 1</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 es un indicador pero %3 no es 0 ni 1</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 has kind &apos;%3&apos;, not number, flag or choice</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 es de tipo «%3», no number, flag ni choice</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: %3 is %4</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: %3 es %4</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: more than %3 links</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: más de %3 vínculos</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 must be one of 0.4, 1 or 2 (%)</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 debe ser 0,4, 1 o 2 (%)</translation>
    </message>
    <message>
        <source>cannot save %1: %2: text of %3 bytes is longer than the %4 bytes a project file stores</source>
        <translation>no se puede guardar %1: %2: un texto de %3 bytes supera los %4 bytes que guarda un archivo de proyecto</translation>
    </message>
    <message>
        <source>cannot save %1: %2.plan.extraTasks: %3 tasks, more than the %4 a project file stores</source>
        <translation>no se puede guardar %1: %2.plan.extraTasks: %3 tareas, más de las %4 que guarda un archivo de proyecto</translation>
    </message>
    <message>
        <source>cannot save %1: %2: more than %3 task ids</source>
        <translation>no se puede guardar %1: %2: más de %3 identificadores de tarea</translation>
    </message>
    <message>
        <source>cannot save %1: %2 sites, more than the %3 a project file stores</source>
        <translation>no se puede guardar %1: %2 emplazamientos, más de los %3 que guarda un archivo de proyecto</translation>
    </message>
    <message>
        <source>cannot save %1: invalid values: %2</source>
        <translation>no se puede guardar %1: valores no válidos: %2</translation>
    </message>
    <message>
        <source>cannot save %1: the disk is full (%2); the previous file is unchanged</source>
        <translation>no se puede guardar %1: el disco está lleno (%2); el archivo anterior no ha cambiado</translation>
    </message>
    <message>
        <source>cannot save %1: the file size limit was reached (%2 bytes); the previous file is unchanged</source>
        <translation>no se puede guardar %1: se alcanzó el límite de tamaño de archivo (%2 bytes); el archivo anterior no ha cambiado</translation>
    </message>
    <message>
        <source>cannot save %1: the disk is full (%2 bytes free); the previous file is unchanged</source>
        <translation>no se puede guardar %1: el disco está lleno (%2 bytes libres); el archivo anterior no ha cambiado</translation>
    </message>
    <message>
        <source>cannot save %1: write error (%2); the previous file is unchanged</source>
        <translation>no se puede guardar %1: error de escritura (%2); el archivo anterior no ha cambiado</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds %3 bytes; %4 hours of float32 take %5</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 contiene %3 bytes; %4 horas en float32 ocupan %5</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a finite number at hour %3</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2 no es un número finito en la hora %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 dry-bulb at hour %3 outside −90…60 °C</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: temperatura de bulbo seco de la hora %3 fuera de −90…60 °C</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 wet-bulb at hour %3 above the dry-bulb or not a number</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: temperatura de bulbo húmedo de la hora %3 superior a la de bulbo seco o no numérica</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 pressure at hour %3 outside 30000…110000 Pa</source>
        <translation>%1: archivo dañado o que no es un proyecto de Mine2AI: %2: presión de la hora %3 fuera de 30000…110000 Pa</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>nada que dibujar</translation>
    </message>
    <message>
        <source>Hourly PUE, duration curve</source>
        <translation>PUE horario, curva de duración</translation>
    </message>
    <message>
        <source>PUE duration curve (monthly means; no hourly weather)</source>
        <translation>Curva de duración del PUE (medias mensuales; sin meteorología horaria)</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Annual %1</source>
        <translation>Anual %1</translation>
    </message>
    <message>
        <source>Design day %1</source>
        <translation>Día de diseño %1</translation>
    </message>
    <message>
        <source>Hours in the year at or above this PUE</source>
        <translation>Horas del año con este PUE o superior</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Hours in each cooling mode, by technology</source>
        <translation>Horas por modo de refrigeración, por tecnología</translation>
    </message>
    <message>
        <source>Cooling modes</source>
        <translation>Modos de refrigeración</translation>
    </message>
    <message>
        <source>%1 (this site)</source>
        <translation>%1 (este emplazamiento)</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Horas por año</translation>
    </message>
    <message>
        <source>! RFS, full</source>
        <translation>! PES, plena</translation>
    </message>
    <message>
        <source>! RFS</source>
        <translation>! PES</translation>
    </message>
    <message>
        <source>! full</source>
        <translation>! plena</translation>
    </message>
    <message>
        <source>first RFS and full capacity</source>
        <translation>primera PES y plena capacidad</translation>
    </message>
    <message>
        <source>first RFS</source>
        <translation>primera PES</translation>
    </message>
    <message>
        <source>full capacity</source>
        <translation>plena capacidad</translation>
    </message>
    <message>
        <source>neither milestone (has float)</source>
        <translation>ningún hito (tiene holgura)</translation>
    </message>
    <message>
        <source>%1 (month %2)</source>
        <translation>%1 (mes %2)</translation>
    </message>
    <message>
        <source>Task (month)</source>
        <translation>Tarea (mes)</translation>
    </message>
    <message>
        <source>RFS</source>
        <translation>PES</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Plena</translation>
    </message>
    <message>
        <source>Critical for ! RFS / ! full</source>
        <translation>Crítica para ! PES / ! plena</translation>
    </message>
    <message>
        <source>Task with float</source>
        <translation>Tarea con holgura</translation>
    </message>
    <message>
        <source>Total float</source>
        <translation>Holgura total</translation>
    </message>
    <message>
        <source>First RFS: %1 · Full capacity: %2</source>
        <translation>Primera PES: %1 · Plena capacidad: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Mine2AI Planner chart</source>
        <translation>Gráfico de Mine2AI Planner</translation>
    </message>
    <message>
        <source>AI capacity online by site</source>
        <translation>Capacidad de IA en servicio por emplazamiento</translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation>MW TI</translation>
    </message>
    <message>
        <source>IT power online (MW)</source>
        <translation>Potencia de TI en servicio (MW)</translation>
    </message>
    <message>
        <source>NPV by site</source>
        <translation>VAN por emplazamiento</translation>
    </message>
    <message>
        <source>|NPV vs mining|</source>
        <translation>|VAN vs minería|</translation>
    </message>
    <message>
        <source>%1 (infeasible)</source>
        <translation>%1 (inviable)</translation>
    </message>
    <message>
        <source>USD M (discounted)</source>
        <translation>M USD (descontados)</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Precio de la electricidad</translation>
    </message>
    <message>
        <source>Colocation rent</source>
        <translation>Renta de colocation</translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation>Precio por hora de GPU</translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation>Hashprice</translation>
    </message>
    <message>
        <source>Capex: GPU fit-out</source>
        <translation>CAPEX: equipamiento GPU</translation>
    </message>
    <message>
        <source>Capex: electrical</source>
        <translation>CAPEX: eléctrico</translation>
    </message>
    <message>
        <source>Capex: cooling</source>
        <translation>CAPEX: refrigeración</translation>
    </message>
    <message>
        <source>Capex: facility</source>
        <translation>CAPEX: instalación</translation>
    </message>
    <message>
        <source>GPU price</source>
        <translation>Precio de GPU</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Tasa de descuento</translation>
    </message>
    <message>
        <source>Long-lead durations</source>
        <translation>Duraciones de plazo largo</translation>
    </message>
    <message>
        <source>PUE overhead</source>
        <translation>Sobrecoste de PUE</translation>
    </message>
    <message>
        <source>Incremental NPV: each input ±%1 %</source>
        <translation>VAN incremental: cada dato ±%1 %</translation>
    </message>
    <message>
        <source>Input %1 % lower</source>
        <translation>Dato un %1 % menor</translation>
    </message>
    <message>
        <source>Input %1 % higher</source>
        <translation>Dato un %1 % mayor</translation>
    </message>
    <message>
        <source>Change in incremental NPV (USD M; base %1)</source>
        <translation>Variación de la VAN incremental (M USD; base %1)</translation>
    </message>
    <message>
        <source>Spider: incremental NPV against each input</source>
        <translation>Gráfico de araña: VAN incremental frente a cada dato</translation>
    </message>
    <message>
        <source>Change in the input (%)</source>
        <translation>Variación del dato (%)</translation>
    </message>
    <message>
        <source>Incremental NPV (USD M)</source>
        <translation>VAN incremental (M USD)</translation>
    </message>
    <message>
        <source>Incremental NPV over %1 trials (P10 %2, P50 %3, P90 %4 USD M)</source>
        <translation>VAN incremental en %1 iteraciones (P10 %2, P50 %3, P90 %4 M USD)</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>First RFS: S-curve (in service by %1 in %2 % of trials)</source>
        <translation>Primera PES: curva S (en servicio en %1 en el %2 % de las iteraciones)</translation>
    </message>
    <message>
        <source>Trials in service (%)</source>
        <translation>Iteraciones en servicio (%)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Power budget before and after conversion</source>
        <translation>Balance de potencia antes y después de la conversión</translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation>Balance de potencia</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Facility power (MW)</source>
        <translation>Potencia de la instalación (MW)</translation>
    </message>
    <message>
        <source>PUE by month</source>
        <translation>PUE por mes</translation>
    </message>
    <message>
        <source>%1 (energy-weighted)</source>
        <translation>%1 (ponderado por energía)</translation>
    </message>
    <message>
        <source>Calendar month (1 = January)</source>
        <translation>Mes natural (1 = enero)</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Mes natural</translation>
    </message>
    <message>
        <source>AI capacity online</source>
        <translation>Capacidad de IA en servicio</translation>
    </message>
    <message>
        <source>Cumulative net cash: converting vs keep mining</source>
        <translation>Flujo de caja neto acumulado: conversión frente a seguir minando</translation>
    </message>
    <message>
        <source>Cumulative (USD M)</source>
        <translation>Acumulado (M USD)</translation>
    </message>
    <message>
        <source>Capex by conversion step</source>
        <translation>CAPEX por paso de conversión</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>ASIC resale</source>
        <translation>Reventa de ASIC</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Contingencia</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refrigeración</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Eléctrico</translation>
    </message>
    <message>
        <source>GPU install</source>
        <translation>Instalación de GPU</translation>
    </message>
    <message>
        <source>Capex (USD M)</source>
        <translation>CAPEX (M USD)</translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3 to %4%5 — kept the previous value</source>
        <translation>%1: %2 está fuera del intervalo permitido %3 a %4%5 — se mantuvo el valor anterior</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number — kept the previous value</source>
        <translation>%1: %2 no es un número entero — se mantuvo el valor anterior</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write into folder %1</source>
        <translation>no se puede escribir en la carpeta %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <source>%1 schedule</source>
        <translation>Cronograma de %1</translation>
    </message>
    <message>
        <source>cannot add sheet %1</source>
        <translation>no se puede añadir la hoja %1</translation>
    </message>
    <message>
        <source>sheet %1, row %2, column %3: %4</source>
        <translation>hoja %1, fila %2, columna %3: %4</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>no se puede crear una carpeta temporal</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>no se puede crear el libro</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>no se puede escribir el libro: %1</translation>
    </message>
    <message>
        <source>Design day and year</source>
        <translation>Día de diseño y año</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Meteorología</translation>
    </message>
    <message>
        <source>%1 hours: %2</source>
        <translation>%1 horas: %2</translation>
    </message>
    <message>
        <source>Design condition</source>
        <translation>Condición de diseño</translation>
    </message>
    <message>
        <source>%1 % of hours: %2 °C dry-bulb, %3 °C wet-bulb</source>
        <translation>%1 % de las horas: %2 °C de bulbo seco, %3 °C de bulbo húmedo</translation>
    </message>
    <message>
        <source>Hours above design</source>
        <translation>Horas por encima del diseño</translation>
    </message>
    <message>
        <source>PUE annual / design day</source>
        <translation>PUE anual / día de diseño</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Worst hour PUE</source>
        <translation>PUE de la peor hora</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>Carga de TI</translation>
    </message>
    <message>
        <source>%1, limited by %2</source>
        <translation>%1, limitada por %2</translation>
    </message>
    <message>
        <source>the electrical chain</source>
        <translation>la cadena eléctrica</translation>
    </message>
    <message>
        <source>the grid at the design-day PUE</source>
        <translation>la red al PUE del día de diseño</translation>
    </message>
    <message>
        <source>Site elevation</source>
        <translation>Altitud del emplazamiento</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>PUE hourly</source>
        <translation>PUE horario</translation>
    </message>
    <message>
        <source>PUE from means</source>
        <translation>PUE de medias</translation>
    </message>
    <message>
        <source>Design PUE</source>
        <translation>PUE de diseño</translation>
    </message>
    <message>
        <source>WUE L/kWh</source>
        <translation>WUE L/kWh</translation>
    </message>
    <message>
        <source>Free h</source>
        <translation>h free cooling</translation>
    </message>
    <message>
        <source>Economiser h</source>
        <translation>h economizador</translation>
    </message>
    <message>
        <source>Mechanical h</source>
        <translation>h mecánica</translation>
    </message>
    <message>
        <source>Climate: %1</source>
        <translation>Clima: %1</translation>
    </message>
    <message>
        <source>PUE and water are computed hour by hour from the site&apos;s weather; the power budget sizes IT so that the facility at the design condition fits the grid (cooling is capped there, so no hour draws more). Technologies compared at 30 MW IT on 40 MW installed.</source>
        <translation>El PUE y el agua se calculan hora a hora a partir de la meteorología del emplazamiento; el balance de potencia dimensiona la TI para que la instalación, en la condición de diseño, quepa en la red (la refrigeración se limita ahí, así que ninguna hora consume más). Tecnologías comparadas con 30 MW de TI sobre 40 MW instalados.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exportar el informe PDF</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Resumen de la cartera</translation>
    </message>
    <message>
        <source>Appendix: assumptions and sources</source>
        <translation>Anexo: supuestos y fuentes</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>Sections (the title page is always included)</source>
        <translation>Secciones (la portada se incluye siempre)</translation>
    </message>
    <message>
        <source>One page per site:</source>
        <translation>Una página por emplazamiento:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Tamaño del papel:</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Preparando la vista previa de impresión…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Preparing the print preview: page %1 of %2</source>
        <translation>Preparando la vista previa de impresión: página %1 de %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Escribiendo el informe PDF…</translation>
    </message>
    <message>
        <source>Writing the PDF report: page %1 of %2</source>
        <translation>Escribiendo el informe PDF: página %1 de %2</translation>
    </message>
    <message>
        <source>Export all charts to folder</source>
        <translation>Exportar todos los gráficos a una carpeta</translation>
    </message>
    <message>
        <source>Exporting the charts…</source>
        <translation>Exportando los gráficos…</translation>
    </message>
    <message>
        <source>Exporting the charts: chart %1 of %2</source>
        <translation>Exportando los gráficos: gráfico %1 de %2</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>Wrote %1 files (PNG and SVG) to %2.</source>
        <translation>%1 archivos (PNG y SVG) escritos en %2.</translation>
    </message>
    <message>
        <source>Export tables to folder</source>
        <translation>Exportar tablas a una carpeta</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Exportar tablas</translation>
    </message>
    <message>
        <source>Wrote %1 CSV files and tables.xlsx to %2.</source>
        <translation>%1 archivos CSV y tables.xlsx escritos en %2.</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>USD %1 M</source>
        <translation>%1 M USD</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 — conversion plan report</source>
        <translation>%1 — informe del plan de conversión</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Mine2AI Planner</source>
        <translation>Mine2AI Planner</translation>
    </message>
    <message>
        <source>%1 · scenario %2 · Mine2AI Planner %3</source>
        <translation>%1 · escenario %2 · Mine2AI Planner %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Sensitivity and risk</source>
        <translation>Sensibilidad y riesgo</translation>
    </message>
    <message>
        <source>MINE2AI PLANNER</source>
        <translation>MINE2AI PLANNER</translation>
    </message>
    <message>
        <source>Conversion plan report</source>
        <translation>Informe del plan de conversión</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Mine2AI Planner %1</source>
        <translation>Mine2AI Planner %1</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Mes de inicio</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>%1 years, discount rate %2</source>
        <translation>%1 años, tasa de descuento %2</translation>
    </message>
    <message>
        <source>Sites in this report</source>
        <translation>Emplazamientos de este informe</translation>
    </message>
    <message>
        <source>Portfolio at a glance</source>
        <translation>La cartera de un vistazo</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Emplazamientos</translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation>Conexión actual</translation>
    </message>
    <message>
        <source>AI IT capacity</source>
        <translation>Capacidad de TI para IA</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Conversion capex</source>
        <translation>CAPEX de conversión</translation>
    </message>
    <message>
        <source>NPV, converting</source>
        <translation>VAN, conversión</translation>
    </message>
    <message>
        <source>NPV, keep mining</source>
        <translation>VAN, seguir minando</translation>
    </message>
    <message>
        <source>Incremental NPV of converting</source>
        <translation>VAN incremental de la conversión</translation>
    </message>
    <message>
        <source>All figures are computed by the Mine2AI Planner engines from the inputs and cost assumptions listed in this report (see the appendix). Money is in %1, NPV discounted monthly at the portfolio discount rate over the horizon. Estimates are marked as such in the appendix; check them against quotes before committing capital.</source>
        <translation>Todas las cifras las calculan los motores de Mine2AI Planner a partir de los datos y los supuestos de costes que figuran en este informe (véase el anexo). Los importes están en %1; la VAN se descuenta mensualmente a la tasa de descuento de la cartera a lo largo del horizonte. Las estimaciones se señalan como tales en el anexo; contrástelas con presupuestos antes de comprometer capital.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Conv.</translation>
    </message>
    <message>
        <source>Grid MW today / queue</source>
        <translation>MW de red actual / cola</translation>
    </message>
    <message>
        <source>Capex USD M</source>
        <translation>CAPEX M USD</translation>
    </message>
    <message>
        <source>NPV USD M</source>
        <translation>VAN M USD</translation>
    </message>
    <message>
        <source>Δ NPV USD M</source>
        <translation>Δ VAN M USD</translation>
    </message>
    <message>
        <source>Incr. IRR</source>
        <translation>TIR incr.</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Feasible total</source>
        <translation>Total viable</translation>
    </message>
    <message>
        <source>Portfolio total</source>
        <translation>Total de la cartera</translation>
    </message>
    <message>
        <source>%1. %2 (infeasible)</source>
        <translation>%1. %2 (inviable)</translation>
    </message>
    <message>
        <source>%1. %2 (USD %3 M/MW)</source>
        <translation>%1. %2 (%3 M USD/MW)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. Δ NPV = incremental NPV of converting vs keep mining; incremental IRR = IRR of converting&apos;s monthly net minus keep-mining&apos;s. Convert first (Δ NPV per MW of IT): %2</source>
        <translation>%1. Δ VAN = VAN incremental de la conversión frente a seguir minando; TIR incremental = TIR del flujo neto mensual de la conversión menos el de seguir minando. Convertir primero (Δ VAN por MW de TI): %2</translation>
    </message>
    <message>
        <source>
Infeasible — no AI revenue, ranked last, left out of the totals: %1</source>
        <translation>
Inviables — sin ingresos de IA, clasificados al final, fuera de los totales: %1</translation>
    </message>
    <message>
        <source>Schedule overview: conversion start to first RFS (filled) and full capacity (hollow)</source>
        <translation>Resumen del cronograma: del inicio de la conversión a la primera PES (relleno) y a la plena capacidad (hueco)</translation>
    </message>
    <message>
        <source>RFS %1</source>
        <translation>PES %1</translation>
    </message>
    <message>
        <source>, full %1</source>
        <translation>, plena %1</translation>
    </message>
    <message>
        <source>Monte Carlo on schedule and money together: %1 trials, seed %2. Market prices (hashprice, GPU-hour, GPU) are drawn once per trial for the whole portfolio; power price, rent, utilisation, capex overrun, PUE and every task duration per site (docs/model.md &quot;Sensitivity and risk&quot;). P(beats mining): share of trials with incremental NPV &gt; 0; P(RFS by %3): share in service by that month.</source>
        <translation>Montecarlo sobre cronograma y dinero a la vez: %1 iteraciones, semilla %2. Los precios de mercado (hashprice, hora de GPU, GPU) se sortean una vez por iteración para toda la cartera; el precio de la electricidad, la renta, la utilización, el sobrecoste de CAPEX, el PUE y cada duración de tarea, por emplazamiento (docs/model.md «Sensitivity and risk»). P(supera a la minería): parte de las iteraciones con VAN incremental &gt; 0; P(PES en %3): parte en servicio en ese mes.</translation>
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
        <translation>P(supera a la minería)</translation>
    </message>
    <message>
        <source>First RFS P10</source>
        <translation>Primera PES P10</translation>
    </message>
    <message>
        <source>P(RFS by %1)</source>
        <translation>P(PES en %1)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Inputs and conversion steps</source>
        <translation>Datos y pasos de conversión</translation>
    </message>
    <message>
        <source> + %1 from %2</source>
        <translation> + %1 desde %2</translation>
    </message>
    <message>
        <source>colocation, USD %1/kW-mo + power</source>
        <translation>colocation, %1 USD/kW-mes + electricidad</translation>
    </message>
    <message>
        <source>colocation, USD %1/kW-mo incl. power</source>
        <translation>colocation, %1 USD/kW-mes con electricidad</translation>
    </message>
    <message>
        <source>GPU cloud, USD %1/GPU-h, %2 sold</source>
        <translation>nube de GPU, %1 USD/hora de GPU, %2 vendidas</translation>
    </message>
    <message>
        <source>sealing</source>
        <translation>sellado</translation>
    </message>
    <message>
        <source>fire suppression</source>
        <translation>extinción de incendios</translation>
    </message>
    <message>
        <source>BMS</source>
        <translation>BMS</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>%1, %2°, %3°</source>
        <translation>%1, %2°, %3°</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>%1, USD %2/MWh (%3/yr)</source>
        <translation>%1, %2 USD/MWh (%3/año)</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>CO₂ de la red</translation>
    </message>
    <message>
        <source>%1 g CO₂/kWh</source>
        <translation>%1 g CO₂/kWh</translation>
    </message>
    <message>
        <source>Mining fleet</source>
        <translation>Flota minera</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 kW)</source>
        <translation>%1 × %2 (%3 kW)</translation>
    </message>
    <message>
        <source>USD %1/PH/day (%2/yr)</source>
        <translation>%1 USD/PH/día (%2/año)</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>%1 of grid, %2</source>
        <translation>%1 de la red, %2</translation>
    </message>
    <message>
        <source>1 GPU install</source>
        <translation>1 Instal. GPU</translation>
    </message>
    <message>
        <source>%1 kW/rack, %2 GPUs, %3</source>
        <translation>%1 kW/rack, %2 GPU, %3</translation>
    </message>
    <message>
        <source>custom platform</source>
        <translation>plataforma personalizada</translation>
    </message>
    <message>
        <source>2 Electrical</source>
        <translation>2 Eléctrico</translation>
    </message>
    <message>
        <source>%1, %2 × %3 blocks</source>
        <translation>%1, %2 × %3 bloques</translation>
    </message>
    <message>
        <source>3 Cooling</source>
        <translation>3 Refrig.</translation>
    </message>
    <message>
        <source>4 Facility</source>
        <translation>4 Instalación</translation>
    </message>
    <message>
        <source>GPU delivery</source>
        <translation>Entrega GPU</translation>
    </message>
    <message>
        <source>when procurement ends</source>
        <translation>al terminar las compras</translation>
    </message>
    <message>
        <source>Energisation</source>
        <translation>Energización</translation>
    </message>
    <message>
        <source>%1 phase(s), %2 months apart</source>
        <translation>%1 fase(s), separadas %2 meses</translation>
    </message>
    <message>
        <source>Extra tasks</source>
        <translation>Tareas adicionales</translation>
    </message>
    <message>
        <source>Power budget (MW)</source>
        <translation>Potencia (MW)</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Avg.</source>
        <translation>Med.</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>TI</translation>
    </message>
    <message>
        <source>Electrical losses</source>
        <translation>Pérdidas eléctricas</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>Varios</translation>
    </message>
    <message>
        <source>Grid now / with queue</source>
        <translation>Red actual / con cola</translation>
    </message>
    <message>
        <source>Converted / mining grid</source>
        <translation>Red convertida / minería</translation>
    </message>
    <message>
        <source>Installed / usable chain</source>
        <translation>Cadena inst. / útil</translation>
    </message>
    <message>
        <source>Spare at peak</source>
        <translation>Reserva en el pico</translation>
    </message>
    <message>
        <source>Mining before / after</source>
        <translation>Minería antes / después</translation>
    </message>
    <message>
        <source>Limit: electrical chain</source>
        <translation>Límite: cadena eléctrica</translation>
    </message>
    <message>
        <source>Limit: grid</source>
        <translation>Límite: red</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Racks / GPUs</source>
        <translation>Racks / GPU</translation>
    </message>
    <message>
        <source>First ready for service</source>
        <translation>Primera puesta en servicio</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>Plena capacidad</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>Facility capex per MW IT</source>
        <translation>CAPEX instal. por MW TI</translation>
    </message>
    <message>
        <source>%1/MW</source>
        <translation>%1/MW</translation>
    </message>
    <message>
        <source>GPU purchase</source>
        <translation>Compra de GPU</translation>
    </message>
    <message>
        <source>NPV within horizon</source>
        <translation>VAN dentro del horizonte</translation>
    </message>
    <message>
        <source>Terminal value (PV)</source>
        <translation>Valor terminal (VA)</translation>
    </message>
    <message>
        <source>Terminal value share of NPV</source>
        <translation>Valor terminal / VAN</translation>
    </message>
    <message>
        <source>Incremental NPV</source>
        <translation>VAN incremental</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation>TIR incr. vs minería</translation>
    </message>
    <message>
        <source>IRR of converting</source>
        <translation>TIR de la conversión</translation>
    </message>
    <message>
        <source>Project IRR after tax (unlevered)</source>
        <translation>TIR proyecto tras impuestos</translation>
    </message>
    <message>
        <source>Equity IRR (after tax and debt)</source>
        <translation>TIR del capital (imp. y deuda)</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>DSCR mínimo</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source> (below covenant)</source>
        <translation> (por debajo del covenant)</translation>
    </message>
    <message>
        <source>Income tax over the horizon</source>
        <translation>IS en el horizonte</translation>
    </message>
    <message>
        <source>Cost of 1 month delay</source>
        <translation>Coste de 1 mes de retraso</translation>
    </message>
    <message>
        <source>Miners off, keep / remaining</source>
        <translation>Mineros parados, todo / resto</translation>
    </message>
    <message>
        <source>%1 / %2 months</source>
        <translation>%1 / %2 meses</translation>
    </message>
    <message>
        <source>PUE annual / peak</source>
        <translation>PUE anual / pico</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>%1 t/yr</source>
        <translation>%1 t/año</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>%1 m³/yr</source>
        <translation>%1 m³/año</translation>
    </message>
    <message>
        <source>Idle-GPU cost (in NPV)</source>
        <translation>Coste de GPU ociosas (en la VAN)</translation>
    </message>
    <message>
        <source>Keep mining (the plan is infeasible)</source>
        <translation>Seguir minando (el plan es inviable)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Miners off</source>
        <translation>Mineros parados</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>Year from %1</source>
        <translation>Año desde %1</translation>
    </message>
    <message>
        <source>Site %1 of %2: %3</source>
        <translation>Emplazamiento %1 de %2: %3</translation>
    </message>
    <message>
        <source>Infeasible — this plan cannot work: it earns no AI revenue, is ranked last and is left out of the portfolio totals.</source>
        <translation>Inviable — este plan no puede funcionar: no genera ingresos de IA, se clasifica al final y queda fuera de los totales de la cartera.</translation>
    </message>
    <message>
        <source>Conversion schedule (critical path in red)</source>
        <translation>Cronograma de conversión (ruta crítica en rojo)</translation>
    </message>
    <message>
        <source>No converting cash flow: the plan cannot work.</source>
        <translation>Sin flujo de caja de conversión: el plan no puede funcionar.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Cost assumption</source>
        <translation>Supuesto de coste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit / basis</source>
        <translation>Unidad / base</translation>
    </message>
    <message>
        <source>GPU fit-out (racks, network, distribution)</source>
        <translation>Equipamiento GPU (racks, red, distribución)</translation>
    </message>
    <message>
        <source>USD M per MW of IT</source>
        <translation>M USD por MW de TI</translation>
    </message>
    <message>
        <source>Electrical chain</source>
        <translation>Cadena eléctrica</translation>
    </message>
    <message>
        <source>USD M per installed MW</source>
        <translation>M USD por MW instalado</translation>
    </message>
    <message>
        <source>Cooling, %1</source>
        <translation>Refrigeración, %1</translation>
    </message>
    <message>
        <source>Sealing and dust filtration</source>
        <translation>Sellado y filtrado de polvo</translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation>Extinción de incendios</translation>
    </message>
    <message>
        <source>Monitoring / BMS</source>
        <translation>Monitorización / BMS</translation>
    </message>
    <message>
        <source>Tier III certification works</source>
        <translation>Obras de certificación Tier III</translation>
    </message>
    <message>
        <source>Tier IV certification works</source>
        <translation>Obras de certificación Tier IV</translation>
    </message>
    <message>
        <source>% of capex</source>
        <translation>% del CAPEX</translation>
    </message>
    <message>
        <source>O&amp;M, AI hall</source>
        <translation>O&amp;M, sala de IA</translation>
    </message>
    <message>
        <source>USD per MW of IT per year</source>
        <translation>USD por MW de TI y año</translation>
    </message>
    <message>
        <source>O&amp;M, mining</source>
        <translation>O&amp;M, minería</translation>
    </message>
    <message>
        <source>USD per MW per year</source>
        <translation>USD por MW y año</translation>
    </message>
    <message>
        <source>USD per TH/s</source>
        <translation>USD por TH/s</translation>
    </message>
    <message>
        <source>GPU depreciation</source>
        <translation>Amortización de GPU</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Colocation lease and property costs</source>
        <translation>Costes del arrendamiento de colocation y del inmueble</translation>
    </message>
    <message>
        <source>% of rent</source>
        <translation>% de la renta</translation>
    </message>
    <message>
        <source>GPU cloud service costs</source>
        <translation>Costes del servicio de nube de GPU</translation>
    </message>
    <message>
        <source>% of GPU revenue</source>
        <translation>% de los ingresos de GPU</translation>
    </message>
    <message>
        <source>GPU useful life</source>
        <translation>Vida útil de las GPU</translation>
    </message>
    <message>
        <source>years; then the fleet is bought again</source>
        <translation>años; después se vuelve a comprar la flota</translation>
    </message>
    <message>
        <source>years; then the fleet stops earning</source>
        <translation>años; después la flota deja de generar ingresos</translation>
    </message>
    <message>
        <source>Facility life (residual value)</source>
        <translation>Vida de la instalación (valor residual)</translation>
    </message>
    <message>
        <source>years; residual value counted</source>
        <translation>años; valor residual contabilizado</translation>
    </message>
    <message>
        <source>years; residual value ignored</source>
        <translation>años; valor residual ignorado</translation>
    </message>
    <message>
        <source>% per year</source>
        <translation>% por año</translation>
    </message>
    <message>
        <source>years from %1</source>
        <translation>años desde %1</translation>
    </message>
    <message>
        <source>GPU platforms</source>
        <translation>Plataformas GPU</translation>
    </message>
    <message>
        <source>ASIC models</source>
        <translation>Modelos de ASIC</translation>
    </message>
    <message>
        <source>Cooling technologies</source>
        <translation>Tecnologías de refrigeración</translation>
    </message>
    <message>
        <source>Country presets</source>
        <translation>Valores predefinidos por país</translation>
    </message>
    <message>
        <source>Catalogue sources</source>
        <translation>Fuentes del catálogo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>Inviable</translation>
    </message>
    <message>
        <source>Infeasible — the plan cannot work, so it earns no AI revenue and is left out of the portfolio totals:</source>
        <translation>Inviable — el plan no puede funcionar, por lo que no genera ingresos de IA y queda fuera de los totales de la cartera:</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 emplazamiento</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 emplazamientos</translation>
    </message>
    <message>
        <source>%1, %2 infeasible — excluded from totals</source>
        <translation>%1, %2 inviable(s) — fuera de los totales</translation>
    </message>
    <message>
        <source>Colocation</source>
        <translation>Colocation</translation>
    </message>
    <message>
        <source>GPU cloud</source>
        <translation>Nube de GPU</translation>
    </message>
    <message>
        <source>no certification</source>
        <translation>sin certificación</translation>
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
        <translation>N (sin redundancia)</translation>
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
        <translation>redundancia distribuida</translation>
    </message>
    <message>
        <source>hydro</source>
        <translation>hidráulica</translation>
    </message>
    <message>
        <source>natural gas</source>
        <translation>gas natural</translation>
    </message>
    <message>
        <source>grid mix</source>
        <translation>mix de la red</translation>
    </message>
    <message>
        <source>nuclear</source>
        <translation>nuclear</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>secuencial</translation>
    </message>
    <message>
        <source>fast track</source>
        <translation>vía rápida</translation>
    </message>
    <message>
        <source>Hourly PUE, day × hour (%1)</source>
        <translation>PUE horario, día × hora (%1)</translation>
    </message>
    <message>
        <source>PUE by day and hour, %1 (monthly means; no hourly weather)</source>
        <translation>PUE por día y hora, %1 (medias mensuales; sin meteorología horaria)</translation>
    </message>
    <message>
        <source>Day of the year</source>
        <translation>Día del año</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Capex by conversion step — %1 (USD M)</source>
        <translation>Capex por paso de conversión — %1 (M USD)</translation>
    </message>
    <message>
        <source>USD M</source>
        <translation>M USD</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>NPV, converting (USD M)</source>
        <translation>VAN, conversión (M USD)</translation>
    </message>
    <message>
        <source>Incremental NPV vs keep mining (USD M)</source>
        <translation>VAN incremental frente a la minería (M USD)</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>TIR del capital</translation>
    </message>
    <message>
        <source>IT load (MW)</source>
        <translation>Carga TI (MW)</translation>
    </message>
    <message>
        <source>PUE (annual)</source>
        <translation>PUE (anual)</translation>
    </message>
    <message>
        <source>CO₂ (t/year)</source>
        <translation>CO₂ (t/año)</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Comparación de escenarios</translation>
    </message>
    <message>
        <source>The base is the portfolio as reported; each scenario changes only the inputs it names and is computed in full by the same engines. Portfolio figures are over feasible sites only.</source>
        <translation>La base es la cartera tal como se presenta; cada escenario cambia solo los datos que nombra y se calcula por completo con los mismos motores. Las cifras de la cartera cubren solo los emplazamientos viables.</translation>
    </message>
    <message>
        <source>The first %1 of %2 scenarios are shown.</source>
        <translation>Se muestran los primeros %1 de %2 escenarios.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <source>Site: incremental NPV (USD M) / first RFS</source>
        <translation>Emplazamiento: VAN incremental (M USD) / primera PES</translation>
    </message>
    <message>
        <source>… and %1 more sites (mine2ai-cli scenarios FILE --json lists every site).</source>
        <translation>… y %1 emplazamientos más (mine2ai-cli scenarios ARCHIVO --json los lista todos).</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>cartera</translation>
    </message>
    <message>
        <source>NPV by scenario: %1</source>
        <translation>VAN por escenario: %1</translation>
    </message>
    <message>
        <source>Risk: sensitivity and Monte Carlo (the Risk page&apos;s last run)</source>
        <translation>Riesgo: sensibilidad y Monte Carlo (último cálculo de la página Riesgo)</translation>
    </message>
    <message>
        <source>Risk: sensitivity and Monte Carlo (runs %1 trials first)</source>
        <translation>Riesgo: sensibilidad y Monte Carlo (ejecuta antes %1 iteraciones)</translation>
    </message>
    <message>
        <source>No run of the portfolio as it is now: the export runs one with the project&apos;s risk inputs (Cancel leaves the page out)</source>
        <translation>No hay cálculo de la cartera en su estado actual: la exportación ejecuta uno con las entradas de riesgo del proyecto (Cancelar omite la página)</translation>
    </message>
    <message>
        <source>Running the risk analysis for the report: %1 trials…
Cancel leaves the risk page out of the report.</source>
        <translation>Análisis de riesgo para el informe: %1 iteraciones…
Cancelar omite la página de riesgo del informe.</translation>
    </message>
    <message>
        <source>Risk analysis</source>
        <translation>Análisis de riesgo</translation>
    </message>
    <message>
        <source>The risk analysis failed, so the report has no risk page: %1</source>
        <translation>El análisis de riesgo falló, así que el informe no tiene página de riesgo: %1</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Procure electrical (switchgear, transformers)</source>
        <translation>Compra eléctrica (aparamenta, transformadores)</translation>
    </message>
    <message>
        <source>Procure cooling</source>
        <translation>Compra de refrigeración</translation>
    </message>
    <message>
        <source>Procure GPU servers</source>
        <translation>Compra de servidores GPU</translation>
    </message>
    <message>
        <source>Decommission ASICs</source>
        <translation>Desmantelamiento de los ASIC</translation>
    </message>
    <message>
        <source>Electrical works</source>
        <translation>Obras eléctricas</translation>
    </message>
    <message>
        <source>Cooling works</source>
        <translation>Obras de refrigeración</translation>
    </message>
    <message>
        <source>Facility works</source>
        <translation>Obras de la instalación</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Puesta en marcha</translation>
    </message>
    <message>
        <source>User tasks</source>
        <translation>Tareas del usuario</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Notes on inputs</source>
        <translation>Notas sobre los datos</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>fuente: %1</translation>
    </message>
</context>
<context>
    <name>RiskChartNames</name>
    <message>
        <source>Trials</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>P(first RFS by month)</source>
        <translation>P(primera PES hasta ese mes)</translation>
    </message>
</context>
<context>
    <name>RiskInputs</name>
    <message>
        <source>missing required key</source>
        <translation>falta una clave obligatoria</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>debe ser una cadena de texto, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be fixed, triangular, pert, normal or lognormal, got &apos;%1&apos;</source>
        <translation>debe ser fixed, triangular, pert, normal o lognormal, se obtuvo «%1»</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>debe ser un número, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be an object {&quot;trials&quot;, &quot;seed&quot;, &quot;rfsBy&quot;, &quot;distributions&quot;, &quot;taskDurations&quot;}, got %1</source>
        <translation>debe ser un objeto {&quot;trials&quot;, &quot;seed&quot;, &quot;rfsBy&quot;, &quot;distributions&quot;, &quot;taskDurations&quot;}, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be a whole number between 1 and %1, got %2</source>
        <translation>debe ser un número entero entre 1 y %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>must be a whole number 0 or more, got %1</source>
        <translation>debe ser un número entero igual o mayor que 0, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be &quot;YYYY-MM&quot; or null, got %1</source>
        <translation>debe ser &quot;YYYY-MM&quot; (año-mes) o null, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>debe ser una lista, se obtuvo %1</translation>
    </message>
    <message>
        <source>has %1 rows, more than the %2 allowed</source>
        <translation>tiene %1 filas, más de las %2 admitidas</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>debe ser un objeto, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>must be at most the most likely value %1 (min ≤ mode ≤ max), got %2</source>
        <translation>debe ser como máximo el valor más probable %1 (min ≤ mode ≤ max), se obtuvo %2</translation>
    </message>
    <message>
        <source>must be at least the most likely value %1 (min ≤ mode ≤ max), got %2</source>
        <translation>debe ser como mínimo el valor más probable %1 (min ≤ mode ≤ max), se obtuvo %2</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>debe ser 0 o más</translation>
    </message>
    <message>
        <source>normal can draw negative values; use lognormal, pert or triangular</source>
        <translation>una distribución normal puede dar valores negativos; use lognormal, pert o triangular</translation>
    </message>
    <message>
        <source>must be between 0 and 3</source>
        <translation>debe estar entre 0 y 3</translation>
    </message>
    <message>
        <source>must be 0 or more (the median)</source>
        <translation>debe ser 0 o más (la mediana)</translation>
    </message>
    <message>
        <source>names no site of the portfolio (&apos;%1&apos;)</source>
        <translation>no indica ningún sitio de la cartera («%1»)</translation>
    </message>
    <message>
        <source>names no task of site &apos;%1&apos; (&apos;%2&apos;)</source>
        <translation>no indica ninguna tarea del sitio «%1» («%2»)</translation>
    </message>
    <message>
        <source>must be at most %1 for a portfolio of %2 sites (the samples would not fit in memory)</source>
        <translation>debe ser como máximo %1 para una cartera de %2 sitios (las muestras no cabrían en memoria)</translation>
    </message>
    <message>
        <source>The portfolio or the risk settings have problems: %1</source>
        <translation>La cartera o los ajustes de riesgo tienen problemas: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 trials</source>
        <translation>Cancelado tras %1 de %2 iteraciones</translation>
    </message>
    <message>
        <source>Risk run failed: %1</source>
        <translation>Falló el cálculo de riesgo: %1</translation>
    </message>
    <message>
        <source>must be between 1 and %1, got %2</source>
        <translation>debe estar entre 1 y %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a risk input (docs/model.md &quot;Sensitivity and risk&quot;)</source>
        <translation>«%1» no es una entrada de riesgo (docs/model.md &quot;Sensitivity and risk&quot;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation>«%1» está definido dos veces</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no duration of its own to draw</source>
        <translation>«%1» no tiene una duración propia que sortear</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; is set twice</source>
        <translation>«%1» de «%2» está definido dos veces</translation>
    </message>
    <message>
        <source>must be at most 600 months</source>
        <translation>debe ser como máximo 600 meses</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 90 (percent)</source>
        <translation>debe ser mayor que 0 y como máximo 90 (por ciento)</translation>
    </message>
    <message>
        <source>Cannot run the sensitivity: %1</source>
        <translation>No se puede ejecutar el análisis de sensibilidad: %1</translation>
    </message>
    <message>
        <source>Sensitivity failed: %1</source>
        <translation>Falló el análisis de sensibilidad: %1</translation>
    </message>
</context>
<context>
    <name>RiskInputsDialog</name>
    <message>
        <source>%1 (duration)</source>
        <translation>%1 (duración)</translation>
    </message>
    <message>
        <source>Risk inputs</source>
        <translation>Entradas de riesgo</translation>
    </message>
    <message>
        <source>Each input is a multiplier on the portfolio&apos;s own value (most likely 1). Market inputs are drawn once per trial for the whole portfolio, the others per site. Rows in italics are at the catalogue default; hover a row for its source (docs/model.md “Sensitivity and risk”).</source>
        <translation>Cada entrada multiplica el valor de la cartera (valor más probable 1). Las entradas de mercado se sortean una vez por ensayo para toda la cartera, las demás por emplazamiento. Las filas en cursiva están en el valor por defecto del catálogo; pase el ratón por una fila para ver su fuente (docs/model.md «Sensitivity and risk»).</translation>
    </message>
    <message>
        <source>RFS by</source>
        <translation>PES antes de</translation>
    </message>
    <message>
        <source>(off: the deterministic first RFS)</source>
        <translation>(desactivado: la primera PES determinista)</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Ensayos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Probability of</source>
        <translation>Probabilidad de</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Más probable</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx</translation>
    </message>
    <message>
        <source>σ (lognormal, normal)</source>
        <translation>σ (lognormal, normal)</translation>
    </message>
    <message>
        <source>Tasks with their own duration (months)</source>
        <translation>Tareas con duración propia (meses)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>Id de tarea</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Añadir tarea</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>&amp;Quitar tarea</translation>
    </message>
    <message>
        <source>Catalogue &amp;defaults</source>
        <translation>Valores del &amp;catálogo</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimación)</translation>
    </message>
    <message>
        <source>Task row %1</source>
        <translation>Tarea, fila %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused — %1 %2</source>
        <translation>Rechazado — %1 %2</translation>
    </message>
    <message>
        <source>Hashprice (market)</source>
        <translation>Hashprice (mercado)</translation>
    </message>
    <message>
        <source>GPU-hour price (market)</source>
        <translation>Precio por hora de GPU (mercado)</translation>
    </message>
    <message>
        <source>GPU price (market)</source>
        <translation>Precio de las GPU (mercado)</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Precio de la electricidad</translation>
    </message>
    <message>
        <source>Colocation rent</source>
        <translation>Renta de colocation</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>Utilización de GPU</translation>
    </message>
    <message>
        <source>Capex overrun</source>
        <translation>Sobrecoste de inversión</translation>
    </message>
    <message>
        <source>PUE overhead (PUE − 1)</source>
        <translation>Exceso de PUE (PUE − 1)</translation>
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
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation>Informe &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the report&apos;s title and risk pages of this run as a PDF</source>
        <translation>Escribir en PDF la portada y las páginas de riesgo del informe de esta ejecución</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Sensitivity ±</source>
        <translation>Sensibilidad ±</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Run to see how the inputs move the answer and how likely it is.</source>
        <translation>Ejecute para ver cómo los datos mueven el resultado y con qué probabilidad.</translation>
    </message>
    <message>
        <source>The inputs changed since this run: Run again for current figures.</source>
        <translation>Los datos cambiaron desde esta ejecución: ejecute de nuevo para obtener cifras actuales.</translation>
    </message>
    <message>
        <source>Running %1 trials…</source>
        <translation>Ejecutando %1 iteraciones…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 trials.</source>
        <translation>Cancelado tras %1 de %2 iteraciones.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
    <message>
        <source>%1 trials, seed %2. Portfolio incremental NPV P10 / P50 / P90: %3 / %4 / %5 USD M; converting beats mining in %6 % of trials.</source>
        <translation>%1 iteraciones, semilla %2. VAN incremental de la cartera P10 / P50 / P90: %3 / %4 / %5 M USD; la conversión supera a la minería en el %6 % de las iteraciones.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Run the risk analysis first.</source>
        <translation>Ejecute primero el análisis de riesgo.</translation>
    </message>
    <message>
        <source>Risk report</source>
        <translation>Informe de riesgo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Risk &amp;inputs…</source>
        <translation>&amp;Entradas de riesgo…</translation>
    </message>
    <message>
        <source>Three-point task durations and the distributions of prices, capex and utilisation, saved with the project</source>
        <translation>Duraciones de tareas en tres puntos y distribuciones de precios, capex y utilización, guardadas con el proyecto</translation>
    </message>
    <message>
        <source>Edit risk inputs</source>
        <translation>Editar las entradas de riesgo</translation>
    </message>
    <message>
        <source>Risk inputs refused</source>
        <translation>Entradas de riesgo rechazadas</translation>
    </message>
</context>
<context>
    <name>ScenarioChartNames</name>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>Incremental NPV</source>
        <translation>VAN incremental</translation>
    </message>
</context>
<context>
    <name>ScenarioComparisonModel</name>
    <message>
        <source>NPV, converting</source>
        <translation>VAN, conversión</translation>
    </message>
    <message>
        <source>Incremental NPV vs keep mining</source>
        <translation>VAN incremental frente a la minería</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>TIR del capital</translation>
    </message>
    <message>
        <source>First ready for service</source>
        <translation>Primera puesta en servicio</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>Capacidad plena</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>Carga TI</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Inversión (CAPEX)</translation>
    </message>
    <message>
        <source>PUE (annual)</source>
        <translation>PUE (anual)</translation>
    </message>
    <message>
        <source>CO₂ (t/year)</source>
        <translation>CO₂ (t/año)</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s) of this scenario not applied; see below the table</source>
        <translation>
            <numerusform>%n cambio de este escenario no aplicado; véase debajo de la tabla</numerusform>
            <numerusform>%n cambios de este escenario no aplicados; véase debajo de la tabla</numerusform>
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
        <translation>Escenarios lado a lado para</translation>
    </message>
    <message>
        <source>Computing every scenario…</source>
        <translation>Calculando cada escenario…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
    </message>
    <message>
        <source>No scenarios yet: add them in the Scenarios dock (View ▸ Scenarios).</source>
        <translation>Aún no hay escenarios: añádalos en el panel Escenarios (Ver ▸ Escenarios).</translation>
    </message>
    <message numerus="yes">
        <source>Base and %n scenario(s)</source>
        <translation>
            <numerusform>Base y %n escenario</numerusform>
            <numerusform>Base y %n escenarios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
</context>
<context>
    <name>ScenarioDock</name>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Scenari&amp;os</source>
        <translation>Escenario&amp;s</translation>
    </message>
    <message>
        <source>The base is the portfolio as edited. A scenario names only what it changes; everything else follows the base.</source>
        <translation>La base es la cartera tal como está editada. Un escenario nombra solo lo que cambia; todo lo demás sigue a la base.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a scenario with no overrides</source>
        <translation>Añadir un escenario sin cambios</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the selected scenario with its overrides</source>
        <translation>Copiar el escenario seleccionado con sus cambios</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nombrar</translation>
    </message>
    <message>
        <source>Rename the selected scenario</source>
        <translation>Cambiar el nombre del escenario seleccionado</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected scenario (Undo brings it back)</source>
        <translation>Eliminar el escenario seleccionado (Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Make &amp;Base</source>
        <translation>Convertir en &amp;base</translation>
    </message>
    <message>
        <source>Write the selected scenario&apos;s changes into the portfolio; the old base becomes the scenario &quot;Former base&quot;. Every scenario computes as before.</source>
        <translation>Escribir los cambios del escenario seleccionado en la cartera; la base anterior pasa a ser el escenario «Base anterior». Cada escenario da los mismos resultados que antes.</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>Com&amp;parar</translation>
    </message>
    <message>
        <source>Show the base and every scenario side by side</source>
        <translation>Mostrar la base y cada escenario lado a lado</translation>
    </message>
    <message>
        <source>Overrides of the selected scenario:</source>
        <translation>Cambios del escenario seleccionado:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Se aplica a:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>&amp;Set Override</source>
        <translation>&amp;Fijar el cambio</translation>
    </message>
    <message>
        <source>Set this field to this value in the selected scenario</source>
        <translation>Dar este valor a este campo en el escenario seleccionado</translation>
    </message>
    <message>
        <source>&amp;Remove Override</source>
        <translation>&amp;Quitar el cambio</translation>
    </message>
    <message>
        <source>The scenario follows the base for this field again</source>
        <translation>El escenario vuelve a seguir la base para este campo</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio and costs</source>
        <translation>Cartera y costes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Choose a field</source>
        <translation>Elija un campo</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioEdits</name>
    <message>
        <source>Scenario name: %1</source>
        <translation>Nombre del escenario: %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Añadir el escenario %1</translation>
    </message>
    <message>
        <source>No scenario selected</source>
        <translation>Ningún escenario seleccionado</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>Cambiar el nombre del escenario %1 a %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>Duplicar el escenario %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Eliminar el escenario %1</translation>
    </message>
    <message>
        <source>%1 cannot be overridden in a scenario</source>
        <translation>%1 no se puede cambiar en un escenario</translation>
    </message>
    <message>
        <source>%1: choose the site it applies to</source>
        <translation>%1: elija el emplazamiento al que se aplica</translation>
    </message>
    <message>
        <source>%1 is a portfolio setting and applies to no one site</source>
        <translation>%1 es un ajuste de la cartera y no se aplica a un emplazamiento concreto</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Set %1 in scenario %2</source>
        <translation>Fijar %1 en el escenario %2</translation>
    </message>
    <message>
        <source>No override selected</source>
        <translation>Ningún cambio seleccionado</translation>
    </message>
    <message>
        <source>Remove %1 from scenario %2</source>
        <translation>Quitar %1 del escenario %2</translation>
    </message>
    <message>
        <source>Former base</source>
        <translation>Base anterior</translation>
    </message>
    <message>
        <source>%1 cannot become the base: %2</source>
        <translation>%1 no puede ser la base: %2</translation>
    </message>
    <message>
        <source>Make scenario %1 the base</source>
        <translation>Convertir el escenario %1 en la base</translation>
    </message>
    <message>
        <source>Scenario settings</source>
        <translation>Ajustes del escenario</translation>
    </message>
    <message>
        <source>Scenario site</source>
        <translation>Emplazamiento del escenario</translation>
    </message>
</context>
<context>
    <name>ScenarioFields</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <source>%1: must be yes or no, got &quot;%2&quot;</source>
        <translation>%1: debe ser sí o no, se recibió «%2»</translation>
    </message>
    <message>
        <source>%1: unknown kind of field</source>
        <translation>%1: tipo de campo desconocido</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
</context>
<context>
    <name>ScenarioInputs</name>
    <message>
        <source>must be an object {&quot;site&quot;, &quot;field&quot;, &quot;value&quot;}, got %1</source>
        <translation>debe ser un objeto {&quot;site&quot;, &quot;field&quot;, &quot;value&quot;}, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be a site&apos;s name or null, got %1</source>
        <translation>debe ser el nombre de un sitio o null, se obtuvo %1</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>falta una clave obligatoria</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>debe ser una cadena de texto, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be a number, true/false or a string, got %1</source>
        <translation>debe ser un número, true/false o una cadena de texto, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be an array of scenarios, got %1</source>
        <translation>debe ser una lista de escenarios, se obtuvo %1</translation>
    </message>
    <message>
        <source>more than %1 scenarios</source>
        <translation>más de %1 escenarios</translation>
    </message>
    <message>
        <source>must be an object {&quot;name&quot;, &quot;overrides&quot;}, got %1</source>
        <translation>debe ser un objeto {&quot;name&quot;, &quot;overrides&quot;}, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be an array of overrides, got %1</source>
        <translation>debe ser una lista de cambios, se obtuvo %1</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; not applied</source>
        <translation>campo «%1» desconocido; no aplicado</translation>
    </message>
    <message>
        <source>%1 is a site field and names no site; not applied</source>
        <translation>%1 es un campo de sitio y no indica ningún sitio; no aplicado</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; is not in the portfolio (removed or renamed?); %2 not applied</source>
        <translation>el sitio «%1» no está en la cartera (¿eliminado o renombrado?); %2 no aplicado</translation>
    </message>
    <message>
        <source>%1 is a portfolio field but names site &apos;%2&apos;; not applied</source>
        <translation>%1 es un campo de la cartera pero indica el sitio «%2»; no aplicado</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2 override(s) not applied; first: %3</source>
        <translation>escenario «%1»: %2 cambio(s) no aplicado(s); el primero: %3</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos; in the portfolio; it has none</source>
        <translation>no hay ningún escenario «%1» en la cartera; no tiene ninguno</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos; in the portfolio; it has %2</source>
        <translation>no hay ningún escenario «%1» en la cartera; tiene %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of the portfolio as it is; choose another</source>
        <translation>«%1» es el nombre de la cartera tal como está; elija otro</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of an earlier scenario; names must be unique</source>
        <translation>«%1» es el nombre de un escenario anterior; los nombres deben ser únicos</translation>
    </message>
    <message>
        <source>%1 is overridden twice in this scenario</source>
        <translation>%1 se cambia dos veces en este escenario</translation>
    </message>
    <message>
        <source>%1 of site &apos;%2&apos; is overridden twice in this scenario</source>
        <translation>%1 del sitio «%2» se cambia dos veces en este escenario</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 debe ser un número entero, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2; not applied</source>
        <translation>%1 debe ser un número entero, se obtuvo %2; no aplicado</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 debe ser un número, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2; not applied</source>
        <translation>%1 debe ser un número, se obtuvo %2; no aplicado</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 debe estar entre %2 y %3, se obtuvo %4</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4; not applied</source>
        <translation>%1 debe estar entre %2 y %3, se obtuvo %4; no aplicado</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4, got %5</source>
        <translation>%1 debe estar entre %2 y %3 %4, se obtuvo %5</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4, got %5; not applied</source>
        <translation>%1 debe estar entre %2 y %3 %4, se obtuvo %5; no aplicado</translation>
    </message>
    <message>
        <source>%1 must be true or false, got %2</source>
        <translation>%1 debe ser true o false, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, got %2; not applied</source>
        <translation>%1 debe ser true o false, se obtuvo %2; no aplicado</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 debe ser uno de %2, se obtuvo %3</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3; not applied</source>
        <translation>%1 debe ser uno de %2, se obtuvo %3; no aplicado</translation>
    </message>
    <message>
        <source>%1 has an unknown kind, got %2</source>
        <translation>%1 es de un tipo desconocido, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1 has an unknown kind, got %2; not applied</source>
        <translation>%1 es de un tipo desconocido, se obtuvo %2; no aplicado</translation>
    </message>
    <message>
        <source>no scenario %1 to make the base</source>
        <translation>no hay escenario %1 que convertir en base</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot become the base: scenario &apos;%2&apos;: %3 override(s) not applied; first: %4</source>
        <translation>«%1» no puede convertirse en la base: escenario «%2»: %3 cambio(s) no aplicado(s); el primero: %4</translation>
    </message>
    <message>
        <source>cannot make &apos;%1&apos; the base: %2</source>
        <translation>no se puede convertir «%1» en la base: %2</translation>
    </message>
    <message>
        <source>the scenarios cannot be compared: %1</source>
        <translation>los escenarios no se pueden comparar: %1</translation>
    </message>
    <message>
        <source>cannot compare the scenarios: %1</source>
        <translation>no se pueden comparar los escenarios: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioOverridesModel</name>
    <message>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Site not in portfolio: not applied</source>
        <translation>Emplazamiento fuera de la cartera: no aplicado</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ScheduleTasks</name>
    <message>
        <source>Design and permits</source>
        <translation>Diseño y permisos</translation>
    </message>
    <message>
        <source>Procure switchgear, transformers, UPS, generators</source>
        <translation>Compra de aparamenta, transformadores, SAI y generadores</translation>
    </message>
    <message>
        <source>Procure CDUs and heat rejection</source>
        <translation>Compra de CDU y disipación de calor</translation>
    </message>
    <message>
        <source>Procure CRAHs</source>
        <translation>Compra de CRAH</translation>
    </message>
    <message>
        <source>Procure GPU servers</source>
        <translation>Compra de servidores GPU</translation>
    </message>
    <message>
        <source>Decommission ASICs</source>
        <translation>Desmantelamiento de los ASIC</translation>
    </message>
    <message>
        <source>Electrical rebuild</source>
        <translation>Renovación eléctrica</translation>
    </message>
    <message>
        <source>Cooling retrofit</source>
        <translation>Adaptación de la refrigeración</translation>
    </message>
    <message>
        <source>Facility works (sealing, fire suppression, BMS)</source>
        <translation>Obras de la instalación (sellado, extinción de incendios, BMS)</translation>
    </message>
    <message>
        <source>Install GPU racks</source>
        <translation>Instalación de racks de GPU</translation>
    </message>
    <message>
        <source>Commissioning (integrated systems test)</source>
        <translation>Puesta en marcha (pruebas integradas de sistemas)</translation>
    </message>
    <message>
        <source>Grid upgrade (queued interconnect)</source>
        <translation>Ampliación de red (capacidad en cola)</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>Puesta en servicio</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>Plena capacidad</translation>
    </message>
</context>
<context>
    <name>SiteBinder</name>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Rechazado:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>SiteComparison</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>%1 USD/MWh</source>
        <translation>%1 USD/MWh</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 por año</translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 g/kWh</translation>
    </message>
    <message>
        <source>%1 USD/PH/day</source>
        <translation>%1 USD/PH/día</translation>
    </message>
    <message>
        <source>%1 USD/kW-month</source>
        <translation>%1 USD/kW-mes</translation>
    </message>
    <message>
        <source>%1 USD/GPU-hour</source>
        <translation>%1 USD/hora de GPU</translation>
    </message>
    <message>
        <source>step off</source>
        <translation>paso desactivado</translation>
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
        <translation>refrigerada por aire como en la minería</translation>
    </message>
    <message>
        <source>Hourly weather</source>
        <translation>Meteorología horaria</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Viable</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>Carga de TI</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>PUE anual</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>Puesta en servicio</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>NPV vs mining</source>
        <translation>VAN vs minería</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation>TIR incr. vs minería</translation>
    </message>
</context>
<context>
    <name>SiteComparisonDialog</name>
    <message>
        <source>Compare Two Sites</source>
        <translation>Comparar dos emplazamientos</translation>
    </message>
    <message>
        <source>Site &amp;A:</source>
        <translation>Emplazamiento &amp;A:</translation>
    </message>
    <message>
        <source>Site &amp;B:</source>
        <translation>Emplazamiento &amp;B:</translation>
    </message>
    <message>
        <source>Input or result</source>
        <translation>Dato o resultado</translation>
    </message>
    <message>
        <source>The two sites differ here</source>
        <translation>Los dos emplazamientos difieren aquí</translation>
    </message>
</context>
<context>
    <name>SiteDashboard</name>
    <message>
        <source>Power and PUE</source>
        <translation>Potencia y PUE</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Cash flow and capex</source>
        <translation>Flujo de caja y CAPEX</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Clima</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>Carga de TI</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>PUE anual</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>Puesta en servicio</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>NPV vs mining</source>
        <translation>VAN vs minería</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation>TIR incr. vs minería</translation>
    </message>
    <message>
        <source>Terminal value share of NPV</source>
        <translation>Valor terminal / VAN</translation>
    </message>
    <message>
        <source>Equity IRR after tax and debt</source>
        <translation>TIR del capital</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>DSCR mínimo</translation>
    </message>
    <message>
        <source>Critical IT load the grid share and the redundant power chain allow</source>
        <translation>Carga crítica de TI que permiten la parte de la red y la cadena eléctrica redundante</translation>
    </message>
    <message>
        <source>GPUs installed (racks × GPUs per rack)</source>
        <translation>GPU instaladas (racks × GPU por rack)</translation>
    </message>
    <message>
        <source>Energy-weighted PUE over the year with this site&apos;s climate</source>
        <translation>PUE ponderado por energía a lo largo del año con el clima de este emplazamiento</translation>
    </message>
    <message>
        <source>First full month in service, end of the critical path</source>
        <translation>Primer mes completo en servicio, fin de la ruta crítica</translation>
    </message>
    <message>
        <source>Conversion capex including contingency, net of ASIC resale</source>
        <translation>CAPEX de conversión con contingencia, neto de la reventa de ASIC</translation>
    </message>
    <message>
        <source>Net present value of converting over the portfolio horizon</source>
        <translation>Valor actual neto de la conversión en el horizonte de la cartera</translation>
    </message>
    <message>
        <source>NPV of converting minus NPV of keeping the whole site mining</source>
        <translation>VAN de la conversión menos VAN de seguir minando en todo el emplazamiento</translation>
    </message>
    <message>
        <source>IRR of converting&apos;s monthly net minus keep-mining&apos;s: the return on the decision to convert</source>
        <translation>TIR del flujo neto mensual de la conversión menos el de seguir minando: la rentabilidad de la decisión de convertir</translation>
    </message>
    <message>
        <source>Present value of the terminal value (the hall&apos;s worth at the horizon&apos;s end) as a share of NPV</source>
        <translation>Valor actual del valor terminal (lo que vale la sala al final del horizonte) como parte de la VAN</translation>
    </message>
    <message>
        <source>IRR of the equity&apos;s monthly flows: converting&apos;s net after income tax, plus debt drawdowns, minus debt service (Edit ▸ Tax and Financing…)</source>
        <translation>TIR de los flujos mensuales del capital: flujo neto de la conversión después del impuesto sobre sociedades, más disposiciones de deuda, menos servicio de la deuda (Editar ▸ Impuestos y financiación…)</translation>
    </message>
    <message>
        <source>Lowest yearly debt service coverage: operating cash after tax ÷ scheduled interest and principal; — without debt</source>
        <translation>Menor cobertura anual del servicio de la deuda: caja operativa después de impuestos ÷ intereses y principal previstos; — sin deuda</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Ningún emplazamiento</translation>
    </message>
    <message>
        <source>Facility %1 (%2 per MW of IT, GPUs excluded) + GPU purchase %3, net of ASIC resale %4</source>
        <translation>Instalación %1 (%2 por MW de TI, sin GPU) + compra de GPU %3, neto de la reventa de ASIC %4</translation>
    </message>
    <message>
        <source>Capex (facility %1/MW IT)</source>
        <translation>CAPEX (instal. %1/MW TI)</translation>
    </message>
    <message>
        <source>Net present value of converting over the portfolio horizon: USD %1 M within the horizon + USD %2 M terminal value (present value). IRR of converting: %3</source>
        <translation>Valor actual neto de la conversión en el horizonte de la cartera: %1 M USD dentro del horizonte + %2 M USD de valor terminal (valor actual). TIR de la conversión: %3</translation>
    </message>
    <message>
        <source>%1. Project IRR after tax (unlevered): %2; income tax over the horizon: %3</source>
        <translation>%1. TIR del proyecto después de impuestos (sin deuda): %2; impuesto sobre sociedades en el horizonte: %3</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Infeasible: no NPV figures (see the Infeasible tab) · keep mining: miners off in %1 month(s) of negative margin</source>
        <translation>Inviable: sin cifras de VAN (véase la pestaña Inviable) · seguir minando: mineros parados en %1 mes(es) de margen negativo</translation>
    </message>
    <message>
        <source>NPV within the horizon %1 · terminal value %2 (present value %3) · IRR of converting %4 · keep mining: miners off in %5 month(s) of negative margin · mining share that stays: off in %6</source>
        <translation>VAN dentro del horizonte %1 · valor terminal %2 (valor actual %3) · TIR de la conversión %4 · seguir minando: mineros parados en %5 mes(es) de margen negativo · parte minera que se mantiene: parada en %6</translation>
    </message>
    <message>
        <source>Limited by the usable capacity of the electrical chain</source>
        <translation>Limitada por la capacidad utilizable de la cadena eléctrica</translation>
    </message>
    <message>
        <source>Limited by the grid share converted</source>
        <translation>Limitada por la parte de la red convertida</translation>
    </message>
    <message>
        <source>Infeasible — this plan cannot work, so it earns no AI revenue and is left out of the portfolio totals and ranked last:</source>
        <translation>Inviable — este plan no puede funcionar, por lo que no genera ingresos de IA, queda fuera de los totales de la cartera y se clasifica al final:</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>No warnings for this site.</source>
        <translation>No hay advertencias para este emplazamiento.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Advertencias (%1)</translation>
    </message>
    <message>
        <source>Infeasible (%1) · %2</source>
        <translation>Inviable (%1) · %2</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <source>Hydro</source>
        <translation>Hidráulica</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Gas natural</translation>
    </message>
    <message>
        <source>Grid mix</source>
        <translation>Mix de la red</translation>
    </message>
    <message>
        <source>Nuclear</source>
        <translation>Nuclear</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Renombrar el emplazamiento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Fills latitude, longitude, energy source, power price, grid carbon and the 12-month climate from the preset (one undo step)</source>
        <translation>Rellena latitud, longitud, fuente de energía, precio de la electricidad, carbono de la red y el clima de 12 meses desde el valor predefinido (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Country preset</source>
        <translation>Valores del país</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Cambiar el país</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Change latitude</source>
        <translation>Cambiar la latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Change longitude</source>
        <translation>Cambiar la longitud</translation>
    </message>
    <message>
        <source>Grid and energy</source>
        <translation>Red y energía</translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation>Conexión actual</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Change grid interconnect</source>
        <translation>Cambiar la conexión a la red</translation>
    </message>
    <message>
        <source>Extra capacity requested</source>
        <translation>Ampliación solicitada</translation>
    </message>
    <message>
        <source>Toggle grid queue</source>
        <translation>Activar o desactivar la cola de conexión</translation>
    </message>
    <message>
        <source>Grid queue</source>
        <translation>Cola de conexión</translation>
    </message>
    <message>
        <source>Change queued grid capacity</source>
        <translation>Cambiar la capacidad en cola</translation>
    </message>
    <message>
        <source>Queued extra</source>
        <translation>Adicional en cola</translation>
    </message>
    <message>
        <source>Grid queue year</source>
        <translation>Año de la cola</translation>
    </message>
    <message>
        <source>Grid queue month</source>
        <translation>Mes de la cola</translation>
    </message>
    <message>
        <source>Year the queued capacity becomes available</source>
        <translation>Año en que la capacidad en cola pasa a estar disponible</translation>
    </message>
    <message>
        <source>Month (1–12) the queued capacity becomes available</source>
        <translation>Mes (1–12) en que la capacidad en cola pasa a estar disponible</translation>
    </message>
    <message>
        <source>Change grid queue date</source>
        <translation>Cambiar la fecha de la cola</translation>
    </message>
    <message>
        <source>Available from (year, month)</source>
        <translation>Disponible desde</translation>
    </message>
    <message>
        <source>Change energy source</source>
        <translation>Cambiar la fuente de energía</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>Fuente de energía</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Precio de la electricidad</translation>
    </message>
    <message>
        <source> USD/MWh</source>
        <translation> USD/MWh</translation>
    </message>
    <message>
        <source>Change power price</source>
        <translation>Cambiar el precio de la electricidad</translation>
    </message>
    <message>
        <source>Price escalation</source>
        <translation>Aumento del precio</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/año</translation>
    </message>
    <message>
        <source>Change price escalation</source>
        <translation>Cambiar el aumento del precio</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>CO₂ de la red</translation>
    </message>
    <message>
        <source> g/kWh</source>
        <translation> g/kWh</translation>
    </message>
    <message>
        <source>Change grid carbon</source>
        <translation>Cambiar el carbono de la red</translation>
    </message>
    <message>
        <source>Climate (monthly normals)</source>
        <translation>Clima (normales mensuales)</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. The preset values come from the country&apos;s climate normals (domain.md §6.1–6.2).</source>
        <translation>Haga doble clic en una celda para editarla. Los valores predefinidos proceden de las normales climáticas del país (domain.md §6.1–6.2).</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Import from EPW weather file…</source>
        <translation>Importar archivo meteorológico EPW…</translation>
    </message>
    <message>
        <source>Replace the climate by an EnergyPlus weather file (TMY/EPW): its 8,760 hours (PUE and water are then computed hour by hour and the plant sized on its 0.4 % hours) and their monthly means; wet-bulb is computed from dry-bulb, humidity and pressure hour by hour. Offers the station&apos;s location and elevation for the site.</source>
        <translation>Sustituye el clima por un archivo meteorológico de EnergyPlus (TMY/EPW): sus 8.760 horas (el PUE y el agua se calculan entonces hora a hora y la planta se dimensiona con sus horas del 0,4 %) y sus medias mensuales; el bulbo húmedo se calcula hora a hora a partir del bulbo seco, la humedad y la presión. Propone la ubicación y la altitud de la estación para el emplazamiento.</translation>
    </message>
    <message>
        <source>Import climate from EPW</source>
        <translation>Importar el clima desde un EPW</translation>
    </message>
    <message>
        <source>EnergyPlus weather files (*.epw);;All files (*)</source>
        <translation>Archivos meteorológicos de EnergyPlus (*.epw);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Climate not imported: %1</source>
        <translation>Clima no importado: %1</translation>
    </message>
    <message>
        <source>The station %1 is %2 km from the site (more than %3 km): its hours may not represent the site.</source>
        <translation>La estación %1 está a %2 km del emplazamiento (más de %3 km): sus horas pueden no representar el emplazamiento.</translation>
    </message>
    <message>
        <source>Also use the station&apos;s location for the site?

%1: %2°, %3°, %4 m.</source>
        <translation>¿Usar también la ubicación de la estación para el emplazamiento?

%1: %2°, %3°, %4 m.</translation>
    </message>
    <message>
        <source>Import climate</source>
        <translation>Importar clima</translation>
    </message>
    <message>
        <source>Import climate from %1</source>
        <translation>Importar el clima desde %1</translation>
    </message>
    <message>
        <source>Climate from %1 (%2 hours, PUE and water hour by hour)</source>
        <translation>Clima de %1 (%2 horas, PUE y agua hora a hora)</translation>
    </message>
    <message>
        <source>Climate from %1 (%2 hours, monthly means only)</source>
        <translation>Clima de %1 (%2 horas, solo medias mensuales)</translation>
    </message>
    <message>
        <source>; location and elevation from the station</source>
        <translation>; ubicación y altitud de la estación</translation>
    </message>
    <message>
        <source>Design day and altitude</source>
        <translation>Día de diseño y altitud</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Altitud</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Change elevation</source>
        <translation>Cambiar la altitud</translation>
    </message>
    <message>
        <source>Size the plant on a design temperature</source>
        <translation>Temperatura de diseño</translation>
    </message>
    <message>
        <source>For a site without hourly weather: the 0.4 % annual cooling dry-bulb and evaporation wet-bulb (ASHRAE). Off: the hottest month&apos;s mean sizes the plant. A country preset proposes one (docs/model.md &quot;Design temperature defaults&quot;); an imported EPW brings its own hours.</source>
        <translation>Para un emplazamiento sin meteorología horaria: el bulbo seco de refrigeración anual del 0,4 % y el bulbo húmedo de evaporación (ASHRAE). Desactivado: la media del mes más cálido dimensiona la planta. Un valor predefinido de país propone una (docs/model.md «Design temperature defaults»); un EPW importado trae sus propias horas.</translation>
    </message>
    <message>
        <source>Change design temperature</source>
        <translation>Cambiar la temperatura de diseño</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Change design dry-bulb</source>
        <translation>Cambiar el bulbo seco de diseño</translation>
    </message>
    <message>
        <source>Change design wet-bulb</source>
        <translation>Cambiar el bulbo húmedo de diseño</translation>
    </message>
    <message>
        <source>Design dry-bulb</source>
        <translation>Bulbo seco de diseño</translation>
    </message>
    <message>
        <source>Design wet-bulb</source>
        <translation>Bulbo húmedo de diseño</translation>
    </message>
    <message>
        <source>Mining fleet today</source>
        <translation>Flota de minería actual</translation>
    </message>
    <message>
        <source>Fills kW and TH/s per unit from the ASIC catalogue</source>
        <translation>Rellena kW y TH/s por unidad desde el catálogo de ASIC</translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation>Modelo de ASIC</translation>
    </message>
    <message>
        <source>Change ASIC count</source>
        <translation>Cambiar el número de ASIC</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Power per unit</source>
        <translation>Potencia por unidad</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Change ASIC power</source>
        <translation>Cambiar la potencia de los ASIC</translation>
    </message>
    <message>
        <source>Hashrate per unit</source>
        <translation>Hashrate por unidad</translation>
    </message>
    <message>
        <source> TH/s</source>
        <translation> TH/s</translation>
    </message>
    <message>
        <source>Change ASIC hashrate</source>
        <translation>Cambiar el hashrate de los ASIC</translation>
    </message>
    <message>
        <source>Mining PUE</source>
        <translation>PUE de la minería</translation>
    </message>
    <message>
        <source>Change mining PUE</source>
        <translation>Cambiar el PUE de la minería</translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation>Hashprice</translation>
    </message>
    <message>
        <source> USD/PH/day</source>
        <translation> USD/PH/día</translation>
    </message>
    <message>
        <source>Change hashprice</source>
        <translation>Cambiar el hashprice</translation>
    </message>
    <message>
        <source>Hashprice change</source>
        <translation>Variación del hashprice</translation>
    </message>
    <message>
        <source>Change hashprice trend</source>
        <translation>Cambiar la tendencia del hashprice</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Change uptime</source>
        <translation>Cambiar la disponibilidad</translation>
    </message>
    <message>
        <source>Apply country preset %1</source>
        <translation>Aplicar los valores del país %1</translation>
    </message>
    <message>
        <source>Change ASIC model</source>
        <translation>Cambiar el modelo de ASIC</translation>
    </message>
    <message>
        <source>0.4 % (ASHRAE default)</source>
        <translation>0,4 % (por defecto ASHRAE)</translation>
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
        <translation>Para un emplazamiento con meteorología horaria: la parte de las horas del año permitidas por encima del bulbo seco y el bulbo húmedo de diseño para los que se dimensiona la planta de refrigeración, tomada de las propias horas del archivo (percentiles anuales de refrigeración, ASHRAE Handbook—Fundamentals cap. 14). 0,4 % es la elección habitual en centros de datos; 1 % y 2 % dimensionan para horas más suaves y dejan así más potencia para TI. Un emplazamiento solo con clima mensual usa la temperatura de diseño de abajo.</translation>
    </message>
    <message>
        <source>Change design percentile</source>
        <translation>Cambiar el percentil de diseño</translation>
    </message>
    <message>
        <source>Design percentile</source>
        <translation>Percentil de diseño</translation>
    </message>
</context>
<context>
    <name>SiteGroups</name>
    <message>
        <source>Others (%1 sites)</source>
        <translation>Otros (%1 emplazamientos)</translation>
    </message>
    <message>
        <source> — top %1 of %2 sites by %3, others summed</source>
        <translation> — %1 primeros de %2 emplazamientos por %3, el resto sumado</translation>
    </message>
    <message>
        <source> — top %1 feasible of %2 sites by %3, others summed</source>
        <translation> — %1 primeros emplazamientos viables de %2 por %3, el resto sumado</translation>
    </message>
</context>
<context>
    <name>SitesImport</name>
    <message>
        <source>The file holds no site rows</source>
        <translation>El archivo no contiene filas de emplazamientos</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln site(s)</source>
        <translation>
            <numerusform>Importar %Ln emplazamiento</numerusform>
            <numerusform>Importar %Ln emplazamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace sites with %Ln imported</source>
        <translation>
            <numerusform>Reemplazar los emplazamientos por %Ln importado</numerusform>
            <numerusform>Reemplazar los emplazamientos por %Ln importados</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Renombrar el emplazamiento</translation>
    </message>
    <message>
        <source>too many rows: at most %1 sites per sheet</source>
        <translation>demasiadas filas: como máximo %1 emplazamientos por hoja</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>el archivo supera los 16 MiB</translation>
    </message>
    <message>
        <source>more than %1 columns in row %2</source>
        <translation>más de %1 columnas en la fila %2</translation>
    </message>
    <message>
        <source>must be a number (decimal comma or point), got %1</source>
        <translation>debe ser un número (coma o punto decimal), se obtuvo %1</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>debe ser un número, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>debe ser un número entero, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be yes or no, got %1</source>
        <translation>debe ser yes o no, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>debe ser uno de %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM (e.g. 2028-06) or a date, got %1</source>
        <translation>debe ser un mes escrito YYYY-MM (p. ej. 2028-06) o una fecha, se obtuvo %1</translation>
    </message>
    <message>
        <source>must be a whole number of months, got %1</source>
        <translation>debe ser un número entero de meses, se obtuvo %1</translation>
    </message>
    <message>
        <source>task %1 must be written id|name|months|dependencies|must finish before, got %2</source>
        <translation>la tarea %1 debe escribirse id|name|months|dependencies|must finish before (id|nombre|meses|dependencias|debe terminar antes de), se obtuvo %2</translation>
    </message>
    <message>
        <source>task %1: months must be a number, got %2</source>
        <translation>tarea %1: los meses deben ser un número, se obtuvo %2</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1); save the sheet as &quot;CSV UTF-8&quot; or as .xlsx</source>
        <translation>no es texto UTF-8 (byte %1); guarde la hoja como «CSV UTF-8» o como .xlsx</translation>
    </message>
    <message>
        <source>row %1: a cell longer than 32,767 characters</source>
        <translation>fila %1: una celda de más de 32.767 caracteres</translation>
    </message>
    <message>
        <source>row %1: a quoted cell is not closed</source>
        <translation>fila %1: una celda entre comillas no está cerrada</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>fila %1, %2: %3</translation>
    </message>
    <message>
        <source>the sheet is empty: the first row must hold the column headers (see the template)</source>
        <translation>la hoja está vacía: la primera fila debe contener los encabezados de columna (vea la plantilla)</translation>
    </message>
    <message>
        <source>unknown column (the template lists the columns; docs/file-format.md &quot;Sites spreadsheet&quot;)</source>
        <translation>columna desconocida (la plantilla enumera las columnas; docs/file-format.md «Sites spreadsheet»)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la columna aparece dos veces</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>no site rows below the header</source>
        <translation>no hay filas de emplazamientos bajo el encabezado</translation>
    </message>
    <message>
        <source>a value in a column without a header</source>
        <translation>un valor en una columna sin encabezado</translation>
    </message>
    <message>
        <source>longer than 32,767 characters</source>
        <translation>más de 32.767 caracteres</translation>
    </message>
    <message>
        <source>blank: fill it, or name a country preset in Country</source>
        <translation>vacía: rellénela o indique unos valores predefinidos de país en Country</translation>
    </message>
    <message>
        <source>blank: a grid queue needs both its size and its month</source>
        <translation>vacía: una cola de conexión necesita a la vez su capacidad y su mes</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>tarea %1: %2</translation>
    </message>
    <message>
        <source>duplicate site name %1 (already in the portfolio)</source>
        <translation>nombre de emplazamiento duplicado %1 (ya está en la cartera)</translation>
    </message>
    <message>
        <source>duplicate site name %1 (also row %2)</source>
        <translation>nombre de emplazamiento duplicado %1 (también en la fila %2)</translation>
    </message>
    <message>
        <source>%1 bad cell; nothing imported</source>
        <translation>%1 celda errónea; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1 bad cells; nothing imported</source>
        <translation>%1 celdas erróneas; no se ha importado nada</translation>
    </message>
    <message>
        <source>this is an old binary .xls workbook; save it as .xlsx or .csv first</source>
        <translation>es un libro binario .xls antiguo; guárdelo antes como .xlsx o .csv</translation>
    </message>
    <message>
        <source>not a spreadsheet: neither CSV text nor an .xlsx workbook</source>
        <translation>no es una hoja de cálculo: ni texto CSV ni un libro .xlsx</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a sites sheet is far smaller</source>
        <translation>%1 supera los 16 MiB; una hoja de emplazamientos es mucho más pequeña</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>the workbook has no %1</source>
        <translation>el libro no contiene %1</translation>
    </message>
    <message>
        <source>cannot unpack %1: %2</source>
        <translation>no se puede descomprimir %1: %2</translation>
    </message>
    <message>
        <source>%1 unpacks to more than 64 MiB</source>
        <translation>%1 ocupa más de 64 MiB una vez descomprimido</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>%1: a DOCTYPE is not allowed</source>
        <translation>%1: no se admite un DOCTYPE</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3</source>
        <translation>%1 no es XML bien formado (línea %2): %3</translation>
    </message>
    <message>
        <source>%1: a text longer than 32,767 characters</source>
        <translation>%1: un texto de más de 32.767 caracteres</translation>
    </message>
    <message>
        <source>%1: rows out of order or out of range</source>
        <translation>%1: filas desordenadas o fuera de rango</translation>
    </message>
    <message>
        <source>%1: a malformed cell reference in row %2</source>
        <translation>%1: una referencia de celda mal formada en la fila %2</translation>
    </message>
    <message>
        <source>%1: a cell longer than 32,767 characters in row %2</source>
        <translation>%1: una celda de más de 32.767 caracteres en la fila %2</translation>
    </message>
    <message>
        <source>%1: more than %2 columns in row %3</source>
        <translation>%1: más de %2 columnas en la fila %3</translation>
    </message>
    <message>
        <source>%1: too many rows: at most %2 sites per sheet</source>
        <translation>%1: demasiadas filas: como máximo %2 emplazamientos por hoja</translation>
    </message>
    <message>
        <source>cannot read the workbook</source>
        <translation>no se puede leer el libro</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook (%1)</source>
        <translation>no es un libro .xlsx legible (%1)</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation>no es un libro .xlsx (no contiene xl/workbook.xml)</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>el libro no tiene ninguna hoja</translation>
    </message>
    <message>
        <source>the workbook does not say where sheet %1 is</source>
        <translation>el libro no indica dónde está la hoja %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
</context>
<context>
    <name>SitesImportDialog</name>
    <message>
        <source>Import sites from %1</source>
        <translation>Importar emplazamientos desde %1</translation>
    </message>
    <message>
        <source>Sites in the project</source>
        <translation>Emplazamientos del proyecto</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Append the imported sites (keep the %Ln current)</source>
        <translation>
            <numerusform>&amp;Añadir los emplazamientos importados (conservar el actual)</numerusform>
            <numerusform>&amp;Añadir los emplazamientos importados (conservar los %Ln actuales)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place the current sites</source>
        <translation>Ree&amp;mplazar los emplazamientos actuales</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s) read, no bad cell.</source>
        <translation>
            <numerusform>%Ln emplazamiento leído, ninguna celda errónea.</numerusform>
            <numerusform>%Ln emplazamientos leídos, ninguna celda errónea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad cell(s): nothing can be imported until the file is fixed. Each is marked below and listed by row and column.</source>
        <translation>
            <numerusform>%Ln celda errónea: no se puede importar nada hasta corregir el archivo. Está marcada abajo y listada por fila y columna.</numerusform>
            <numerusform>%Ln celdas erróneas: no se puede importar nada hasta corregir el archivo. Cada una está marcada abajo y listada por fila y columna.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no site rows.</source>
        <translation>El archivo no contiene filas de emplazamientos.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
</context>
<context>
    <name>TaxFinancingDialog</name>
    <message>
        <source>Tax and financing</source>
        <translation>Impuestos y financiación</translation>
    </message>
    <message>
        <source>Corporate income tax comes from each site&apos;s country preset (sources in docs/model.md “Tax and financing”). The pre-tax NPV and IRRs do not change here; these settings add the after-tax project IRR, the equity IRR and the minimum DSCR.</source>
        <translation>El impuesto sobre sociedades procede del valor predefinido del país de cada emplazamiento (fuentes en docs/model.md «Tax and financing»). La VAN y las TIR antes de impuestos no cambian aquí; estos ajustes añaden la TIR del proyecto después de impuestos, la TIR del capital y el DSCR mínimo.</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Charge corporate income tax</source>
        <translation>Aplicar el impuesto sobre sociedades</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>Impuesto sobre sociedades</translation>
    </message>
    <message>
        <source>Straight line by asset class</source>
        <translation>Lineal por clase de activo</translation>
    </message>
    <message>
        <source>US MACRS with bonus (United States sites)</source>
        <translation>MACRS de EE. UU. con bonificación (emplazamientos en Estados Unidos)</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>Amortización fiscal</translation>
    </message>
    <message>
        <source>Bonus depreciation</source>
        <translation>Amortización bonificada</translation>
    </message>
    <message>
        <source>Rate where no preset</source>
        <translation>Tipo sin valor predefinido</translation>
    </message>
    <message>
        <source>Debt and equity</source>
        <translation>Deuda y capital</translation>
    </message>
    <message>
        <source>Finance construction with debt</source>
        <translation>Financiar la construcción con deuda</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Deuda</translation>
    </message>
    <message>
        <source>Loan to cost</source>
        <translation>Relación préstamo-coste</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Tipo de interés</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Tenor (level repayment from RFS)</source>
        <translation>Plazo (amortización constante desde la PES)</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>DSCR mínimo</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Minimum DSCR (covenant)</source>
        <translation>DSCR mínimo (covenant)</translation>
    </message>
    <message>
        <source>Cost of equity</source>
        <translation>Coste del capital</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Tax rate per site</source>
        <translation>Tipo impositivo por emplazamiento</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Emplazamiento</translation>
    </message>
    <message>
        <source>Own rate instead of the country preset</source>
        <translation>Tipo propio en lugar del preajuste del país</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>Corporate tax rate</source>
        <translation>Tipo del impuesto de sociedades</translation>
    </message>
    <message>
        <source>Site tax rate</source>
        <translation>Tipo impositivo del emplazamiento</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: %2 % (names no site, kept)</source>
        <translation>%1: %2 % (no nombra ningún emplazamiento, se conserva)</translation>
    </message>
    <message>
        <source>Every site uses its country preset.</source>
        <translation>Cada emplazamiento usa el preajuste de su país.</translation>
    </message>
    <message>
        <source>Own rates: %1</source>
        <translation>Tipos propios: %1</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation>Surte efecto al reiniciar</translation>
    </message>
    <message>
        <source>The language changes when Mine2AI Planner restarts.</source>
        <translation>El idioma cambia al reiniciar Mine2AI Planner.</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
</context>
<context>
    <name>UserTaskTableModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>No es un número</translation>
    </message>
    <message>
        <source>Edit schedule task</source>
        <translation>Editar la tarea del cronograma</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Add schedule task</source>
        <translation>Añadir tarea al cronograma</translation>
    </message>
    <message>
        <source>Remove schedule task</source>
        <translation>Eliminar tarea del cronograma</translation>
    </message>
    <message>
        <source>Comma-separated task ids this task starts after, e.g. design, grid-upgrade</source>
        <translation>Identificadores de las tareas tras las que empieza esta, separados por comas, p. ej. design, grid-upgrade</translation>
    </message>
    <message>
        <source>Comma-separated task ids that start only after this task, e.g. gpu-install, commissioning</source>
        <translation>Identificadores de las tareas que solo empiezan después de esta, separados por comas, p. ej. gpu-install, commissioning</translation>
    </message>
    <message>
        <source>Must finish before</source>
        <translation>Debe terminar antes de</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the conversion of Bitcoin-mining sites into AI data centres</source>
        <translation>Planificar la conversión de emplazamientos de minería de bitcoin en centros de datos de IA</translation>
    </message>
    <message>
        <source>Open the built-in sample portfolio.</source>
        <translation>Abrir la cartera de ejemplo integrada.</translation>
    </message>
    <message>
        <source>Show site N (1-based) in the site view.</source>
        <translation>Mostrar el emplazamiento N (desde 1) en la vista de emplazamiento.</translation>
    </message>
    <message>
        <source>A .m2ai project or a .json portfolio.</source>
        <translation>Un proyecto .m2ai o una cartera .json.</translation>
    </message>
</context>
</TS>
