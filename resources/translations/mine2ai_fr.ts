<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>impossible de verrouiller %1</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Norway (inland Trøndelag, price area NO3)</source>
        <translation>Norvège (Trøndelag intérieur, zone de prix NO3)</translation>
    </message>
    <message>
        <source>Bhutan (western hills, Gedu/Thimphu)</source>
        <translation>Bhoutan (collines de l&apos;ouest, Gedu/Thimphou)</translation>
    </message>
    <message>
        <source>Ethiopia (Addis Ababa area, EEP grid)</source>
        <translation>Éthiopie (région d&apos;Addis-Abeba, réseau EEP)</translation>
    </message>
    <message>
        <source>United States (central Texas, ERCOT)</source>
        <translation>États-Unis (centre du Texas, ERCOT)</translation>
    </message>
    <message>
        <source>Canada (Alberta, Calgary area)</source>
        <translation>Canada (Alberta, région de Calgary)</translation>
    </message>
    <message>
        <source>Air (as mined): airside economiser, fans, adiabatic assist</source>
        <translation>Air (comme pour le minage) : économiseur côté air, ventilateurs, appoint adiabatique</translation>
    </message>
    <message>
        <source>Hybrid: air plus rear-door heat exchangers on a tower water loop</source>
        <translation>Hybride : air et échangeurs de porte arrière sur une boucle d&apos;eau de tour</translation>
    </message>
    <message>
        <source>Direct-to-chip liquid (~75 % of heat to W32 warm water) + dry cooler / tower</source>
        <translation>Refroidissement direct sur puce (~75 % de la chaleur vers de l&apos;eau tiède W32) + aéroréfrigérant sec / tour</translation>
    </message>
    <message>
        <source>Single-phase immersion with dry coolers</source>
        <translation>Immersion monophasique avec aéroréfrigérants secs</translation>
    </message>
    <message>
        <source>4 systems per rack, air</source>
        <translation>4 systèmes par baie, air</translation>
    </message>
    <message>
        <source>72 GPUs per rack, liquid</source>
        <translation>72 GPU par baie, liquide</translation>
    </message>
    <message>
        <source>Custom platform</source>
        <translation>Plateforme personnalisée</translation>
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
        <translation>Refroidissement</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>Minage</translation>
    </message>
    <message>
        <source>PUE by month</source>
        <translation>PUE par mois</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>PUE annuel</translation>
    </message>
    <message>
        <source>IT online</source>
        <translation>IT en service</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>Mise en service</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Keep mining</source>
        <translation>Poursuite du minage</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Récupération</translation>
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
        <translation>VAN incrémentale vs minage</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Mine2AI Planner chart</source>
        <translation>Graphique Mine2AI Planner</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>PNG size</source>
        <translation>Taille du PNG</translation>
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
        <translation>&amp;Largeur</translation>
    </message>
    <message>
        <source>&amp;Height</source>
        <translation>&amp;Hauteur</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Résolution</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Enregistrer le graphique en SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>CliClimate</name>
    <message>
        <source>%1 hourly rows; a year of 8760 or 8784 is needed</source>
        <translation>%1 lignes horaires ; il faut une année de 8760 ou 8784 heures</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>no site named &quot;%1&quot;</source>
        <translation>aucun site nommé « %1 »</translation>
    </message>
    <message>
        <source>warning: the station %1 is %2 km from the site &quot;%3&quot; (more than %4 km); its hours may not represent the site</source>
        <translation>avertissement : la station %1 est à %2 km du site « %3 » (plus de %4 km) ; ses heures peuvent ne pas représenter le site</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; now has %2 hours from %3 and its location</source>
        <translation>le site « %1 » a maintenant %2 heures de %3, et sa position</translation>
    </message>
    <message>
        <source>site &quot;%1&quot; now has %2 hours from %3</source>
        <translation>le site « %1 » a maintenant %2 heures de %3</translation>
    </message>
</context>
<context>
    <name>CliDispatch</name>
    <message>
        <source>Try &apos;mine2ai-cli --help&apos;.</source>
        <translation>Essayez « mine2ai-cli --help ».</translation>
    </message>
    <message>
        <source>%1 %2 is required</source>
        <translation>%1 %2 est obligatoire</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 est donné plus d&apos;une fois</translation>
    </message>
    <message>
        <source>%1 needs a value (%2)</source>
        <translation>%1 demande une valeur (%2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 must be %2, got &apos;%3&apos;</source>
        <translation>%1 doit être %2, reçu « %3 »</translation>
    </message>
    <message>
        <source>missing %1 (usage: mine2ai-cli %2)</source>
        <translation>%1 manquant (usage : mine2ai-cli %2)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (usage: mine2ai-cli %2)</source>
        <translation>argument inattendu « %1 » (usage : mine2ai-cli %2)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>help takes one command name, got &apos;%1&apos;</source>
        <translation>help prend un nom de commande, reçu « %1 »</translation>
    </message>
    <message>
        <source>--generate takes one of %1</source>
        <translation>--generate prend l&apos;un de %1</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>CliLanguage</name>
    <message>
        <source>--lang needs a value (fr, zh_CN, es or en)</source>
        <translation>--lang demande une valeur (fr, zh_CN, es ou en)</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>%1 writes a file; &quot;-&quot; (standard output) is not supported</source>
        <translation>%1 écrit un fichier ; « - » (sortie standard) n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>--sites needs at least one site name</source>
        <translation>--sites demande au moins un nom de site</translation>
    </message>
    <message>
        <source>no site named &apos;%1&apos; (sites: %2)</source>
        <translation>aucun site nommé « %1 » (sites : %2)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n pages)</source>
        <translation>
            <numerusform>%1 écrit (%n page)</numerusform>
            <numerusform>%1 écrit (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRisk</name>
    <message>
        <source>--trials takes a whole number, not &apos;%1&apos;</source>
        <translation>--trials prend un nombre entier, pas « %1 »</translation>
    </message>
    <message>
        <source>--seed takes a whole number 0 or more, not &apos;%1&apos;</source>
        <translation>--seed prend un nombre entier positif ou nul, pas « %1 »</translation>
    </message>
    <message>
        <source>--threads takes 0–256 (0 = every core), not &apos;%1&apos;</source>
        <translation>--threads prend 0 à 256 (0 = tous les cœurs), pas « %1 »</translation>
    </message>
    <message>
        <source>--bins takes a whole number, not &apos;%1&apos;</source>
        <translation>--bins prend un nombre entier, pas « %1 »</translation>
    </message>
    <message>
        <source>--rfs-by takes YYYY-MM, not &apos;%1&apos;</source>
        <translation>--rfs-by prend AAAA-MM, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>CliSensitivity</name>
    <message>
        <source>--pct takes a number, not &apos;%1&apos;</source>
        <translation>--pct prend un nombre, pas « %1 »</translation>
    </message>
    <message>
        <source>--spider takes a whole number, not &apos;%1&apos;</source>
        <translation>--spider prend un nombre entier, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>Try &apos;mine2ai-cli %1 --help&apos;.</source>
        <translation>Essayez « mine2ai-cli %1 --help ».</translation>
    </message>
    <message>
        <source>standard input is larger than the %1 MiB limit for a portfolio JSON file</source>
        <translation>l&apos;entrée standard dépasse la limite de %1 Mio d&apos;un fichier JSON de portefeuille</translation>
    </message>
    <message>
        <source>a project file (.m2ai) cannot be read from standard input; name the file</source>
        <translation>un fichier de projet (.m2ai) ne peut pas être lu sur l&apos;entrée standard ; donnez le nom du fichier</translation>
    </message>
    <message>
        <source>standard input is not a Mine2AI portfolio JSON document</source>
        <translation>l&apos;entrée standard n&apos;est pas un document JSON de portefeuille Mine2AI</translation>
    </message>
    <message>
        <source>%1 is a folder (&apos;%2&apos;), not a file name</source>
        <translation>%1 est un dossier (« %2 »), pas un nom de fichier</translation>
    </message>
    <message>
        <source>writing %1 (%2 had no extension)</source>
        <translation>écriture de %1 (%2 n&apos;avait pas d&apos;extension)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 must end in %2, got &apos;%3&apos;</source>
        <translation>%1 doit se terminer par %2, reçu « %3 »</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliValidate</name>
    <message numerus="yes">
        <source>valid (%n sites)</source>
        <translation>
            <numerusform>valide (%n site)</numerusform>
            <numerusform>valide (%n sites)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Climate</name>
    <message>
        <source>%1: not an EnergyPlus weather file (line 1 must start with LOCATION)</source>
        <translation>%1 : ce n&apos;est pas un fichier météo EnergyPlus (la ligne 1 doit commencer par LOCATION)</translation>
    </message>
    <message>
        <source>%1: line 1: latitude/longitude are not numbers</source>
        <translation>%1 : ligne 1 : la latitude et la longitude ne sont pas des nombres</translation>
    </message>
    <message>
        <source>%1: line %2: not an hourly EPW record</source>
        <translation>%1 : ligne %2 : ce n&apos;est pas un enregistrement horaire EPW</translation>
    </message>
    <message>
        <source>%1: no hourly data for month %2</source>
        <translation>%1 : aucune donnée horaire pour le mois %2</translation>
    </message>
    <message>
        <source>%1: cannot open the weather file</source>
        <translation>%1 : impossible d&apos;ouvrir le fichier météo</translation>
    </message>
    <message>
        <source>hourly climate: %1 dry-bulb rows; allowed 8760 or 8784</source>
        <translation>climat horaire : %1 lignes de température sèche ; 8760 ou 8784 autorisées</translation>
    </message>
    <message>
        <source>hourly climate: dry-bulb, wet-bulb and pressure must have the same number of rows</source>
        <translation>climat horaire : la température sèche, la température humide et la pression doivent avoir le même nombre de lignes</translation>
    </message>
    <message>
        <source>hourly climate: dry-bulb at hour %1 outside −90…60 °C</source>
        <translation>climat horaire : température sèche de l&apos;heure %1 hors de −90…60 °C</translation>
    </message>
    <message>
        <source>hourly climate: wet-bulb at hour %1 above the dry-bulb or not a number</source>
        <translation>climat horaire : température humide de l&apos;heure %1 supérieure à la température sèche ou non numérique</translation>
    </message>
    <message>
        <source>hourly climate: pressure at hour %1 outside 30000…110000 Pa</source>
        <translation>climat horaire : pression de l&apos;heure %1 hors de 30000…110000 Pa</translation>
    </message>
    <message>
        <source>holds %1 bytes; %2 hours of float32 take %3</source>
        <translation>contient %1 octets ; %2 heures en float32 en occupent %3</translation>
    </message>
    <message>
        <source>is not a finite number at hour %1</source>
        <translation>n&apos;est pas un nombre fini à l&apos;heure %1</translation>
    </message>
    <message>
        <source>is not base64 (its length %1 is not a multiple of 4)</source>
        <translation>n&apos;est pas du base64 (sa longueur %1 n&apos;est pas un multiple de 4)</translation>
    </message>
    <message>
        <source>is not base64 (character %1)</source>
        <translation>n&apos;est pas du base64 (caractère %1)</translation>
    </message>
</context>
<context>
    <name>ClimateTableModel</name>
    <message>
        <source>Dry-bulb °C</source>
        <translation>Temp. sèche °C</translation>
    </message>
    <message>
        <source>Wet-bulb °C</source>
        <translation>Temp. humide °C</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Pas un nombre</translation>
    </message>
    <message>
        <source>Edit climate</source>
        <translation>Modifier le climat</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>Aucun site sélectionné</translation>
    </message>
    <message>
        <source>cell %1 of the block falls outside the 12 × 2 table</source>
        <translation>la cellule %1 du bloc sort du tableau 12 × 2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (allowed %3 – %4 °C)</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre (autorisé %3 – %4 °C)</translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: %1</source>
        <translation>Collage refusé, rien n&apos;a changé : %1</translation>
    </message>
    <message>
        <source>Paste climate</source>
        <translation>Coller le climat</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Remove site %1</source>
        <translation>Supprimer le site %1</translation>
    </message>
</context>
<context>
    <name>ConversionPanel</name>
    <message>
        <source>N (no redundancy)</source>
        <translation>N (sans redondance)</translation>
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
        <translation>Redondance distribuée</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Hybrid (rear-door / in-row)</source>
        <translation>Hybride (porte arrière / en rangée)</translation>
    </message>
    <message>
        <source>Liquid, direct-to-chip</source>
        <translation>Liquide, direct sur puce</translation>
    </message>
    <message>
        <source>Immersion</source>
        <translation>Immersion</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Share of grid converted</source>
        <translation>Part convertie</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Change converted share</source>
        <translation>Modifier la part convertie</translation>
    </message>
    <message>
        <source>Sequential (one trade after another)</source>
        <translation>Séquentiel (un corps d&apos;état après l&apos;autre)</translation>
    </message>
    <message>
        <source>Fast-track (overlap design, procurement and works)</source>
        <translation>Accéléré (conception, achats et travaux en parallèle)</translation>
    </message>
    <message>
        <source>Change schedule mode</source>
        <translation>Modifier le mode de planification</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Energisation phases</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Change phases</source>
        <translation>Modifier les tranches</translation>
    </message>
    <message>
        <source>Months between phases</source>
        <translation>Mois entre tranches</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Change phase spacing</source>
        <translation>Modifier l&apos;écart entre tranches</translation>
    </message>
    <message>
        <source>Fixed at</source>
        <translation>Fixée au</translation>
    </message>
    <message>
        <source>Unchecked: each phase&apos;s GPUs arrive just in time for its power. Checked: every GPU arrives in the given month (counted from the portfolio start); GPUs that then wait for power are reported as stranded.</source>
        <translation>Décoché : les GPU de chaque tranche arrivent juste à temps pour sa puissance. Coché : tous les GPU arrivent au mois indiqué (compté depuis le début du portefeuille) ; les GPU qui attendent alors la puissance sont signalés comme inutilisés.</translation>
    </message>
    <message>
        <source>Toggle fixed GPU delivery</source>
        <translation>Basculer la livraison fixe des GPU</translation>
    </message>
    <message>
        <source>Change GPU delivery</source>
        <translation>Modifier la livraison des GPU</translation>
    </message>
    <message>
        <source>month </source>
        <translation>mois </translation>
    </message>
    <message>
        <source>GPU delivery</source>
        <translation>Livr. GPU</translation>
    </message>
    <message>
        <source>Step 1 — Install GPU servers</source>
        <translation>Étape 1 — Installer les serveurs GPU</translation>
    </message>
    <message>
        <source>Toggle GPU install step</source>
        <translation>Basculer l&apos;étape d&apos;installation des GPU</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Fills kW per rack, GPUs per rack and price per GPU from the catalogue</source>
        <translation>Remplit kW par baie, GPU par baie et prix par GPU depuis le catalogue</translation>
    </message>
    <message>
        <source>Choose GPU platform %1</source>
        <translation>Choisir la plateforme GPU %1</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Power per rack</source>
        <translation>Puissance par baie</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Change rack power</source>
        <translation>Modifier la puissance par baie</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>GPU par baie</translation>
    </message>
    <message>
        <source>Change GPUs per rack</source>
        <translation>Modifier les GPU par baie</translation>
    </message>
    <message>
        <source>Price per GPU</source>
        <translation>Prix par GPU</translation>
    </message>
    <message>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <source>Change GPU price</source>
        <translation>Modifier le prix des GPU</translation>
    </message>
    <message>
        <source>Step 2 — Rebuild the electrical chain</source>
        <translation>Étape 2 — Refaire la chaîne électrique</translation>
    </message>
    <message>
        <source>Toggle electrical step</source>
        <translation>Basculer l&apos;étape électrique</translation>
    </message>
    <message>
        <source>How much of the installed blocks may carry critical load (domain.md §1.2)</source>
        <translation>Part des blocs installés pouvant porter la charge critique (domain.md §1.2)</translation>
    </message>
    <message>
        <source>Change redundancy</source>
        <translation>Modifier la redondance</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redondance</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Taille de bloc</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Change block size</source>
        <translation>Modifier la taille de bloc</translation>
    </message>
    <message>
        <source>Installed blocks</source>
        <translation>Blocs installés</translation>
    </message>
    <message>
        <source>Change installed blocks</source>
        <translation>Modifier les blocs installés</translation>
    </message>
    <message>
        <source>Step 3 — Cooling</source>
        <translation>Étape 3 — Refroidissement</translation>
    </message>
    <message>
        <source>Unchecked: the hall stays air-cooled as mined</source>
        <translation>Décoché : la salle reste refroidie par air comme pour le minage</translation>
    </message>
    <message>
        <source>Toggle cooling step</source>
        <translation>Basculer l&apos;étape de refroidissement</translation>
    </message>
    <message>
        <source>Change cooling</source>
        <translation>Modifier le refroidissement</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Step 4 — Facility and certification</source>
        <translation>Étape 4 — Bâtiment et certification</translation>
    </message>
    <message>
        <source>Toggle facility step</source>
        <translation>Basculer l&apos;étape bâtiment</translation>
    </message>
    <message>
        <source>Toggle %1</source>
        <translation>Basculer %1</translation>
    </message>
    <message>
        <source>Sealing and dust filtration</source>
        <translation>Étanchéité et filtration</translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation>Extinction d&apos;incendie</translation>
    </message>
    <message>
        <source>Monitoring / BMS</source>
        <translation>Supervision / GTB</translation>
    </message>
    <message>
        <source>Change certification</source>
        <translation>Modifier la certification</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Modèle économique</translation>
    </message>
    <message>
        <source>Colocation (lease power and space)</source>
        <translation>Colocation (puissance et espace loués)</translation>
    </message>
    <message>
        <source>GPU cloud (own the GPUs, sell GPU-hours)</source>
        <translation>Cloud GPU (GPU détenus, heures-GPU vendues)</translation>
    </message>
    <message>
        <source>Change business model</source>
        <translation>Modifier le modèle économique</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source> USD/kW-month</source>
        <translation> USD/kW-mois</translation>
    </message>
    <message>
        <source>Change colocation rate</source>
        <translation>Modifier le loyer de colocation</translation>
    </message>
    <message>
        <source>Colocation rate</source>
        <translation>Loyer de colocation</translation>
    </message>
    <message>
        <source>Tenant pays the hall&apos;s electricity</source>
        <translation>Le locataire paie l&apos;électricité de la salle</translation>
    </message>
    <message>
        <source>Modified-gross colocation lease: power is passed through to the tenant (TeraWulf and Cipher deals, 80–90 % NOI margins, domain.md §4.2–4.3). Untick if the rent must cover the energy bill.</source>
        <translation>Bail de colocation « modified gross » : l&apos;électricité est refacturée au locataire (contrats TeraWulf et Cipher, marges NOI de 80–90 %, domain.md §4.2–4.3). Décochez si le loyer doit couvrir la facture d&apos;énergie.</translation>
    </message>
    <message>
        <source>Change power pass-through</source>
        <translation>Modifier la refacturation de l&apos;électricité</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source> USD/GPU-hour</source>
        <translation> USD/heure-GPU</translation>
    </message>
    <message>
        <source>Change GPU-hour price</source>
        <translation>Modifier le prix par heure-GPU</translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation>Prix par heure-GPU</translation>
    </message>
    <message>
        <source>Change utilisation</source>
        <translation>Modifier le taux d&apos;utilisation</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>Utilisation des GPU</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/an</translation>
    </message>
    <message>
        <source>Change GPU price decline</source>
        <translation>Modifier la baisse du prix des GPU</translation>
    </message>
    <message>
        <source>GPU price decline</source>
        <translation>Baisse du prix des GPU</translation>
    </message>
    <message>
        <source>Change rent escalator</source>
        <translation>Modifier l&apos;indexation du loyer</translation>
    </message>
    <message>
        <source>Rent escalator</source>
        <translation>Indexation du loyer</translation>
    </message>
    <message>
        <source>Change lease-up</source>
        <translation>Modifier la montée en charge commerciale</translation>
    </message>
    <message>
        <source>Months after RFS until the hall is fully let (0 = pre-let).</source>
        <translation>Mois après la mise en service jusqu&apos;à la location complète de la salle (0 = pré-loué).</translation>
    </message>
    <message>
        <source>Lease-up after RFS</source>
        <translation>Montée en charge après MES</translation>
    </message>
    <message>
        <source>Change take-or-pay</source>
        <translation>Modifier la clause take-or-pay</translation>
    </message>
    <message>
        <source>Share of the contracted rent the tenant pays from RFS whatever it occupies.</source>
        <translation>Part du loyer contractuel que le locataire paie dès la mise en service, quelle que soit son occupation.</translation>
    </message>
    <message>
        <source>Take-or-pay</source>
        <translation>Take-or-pay</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Change lease term</source>
        <translation>Modifier la durée du bail</translation>
    </message>
    <message>
        <source>Lease term</source>
        <translation>Durée du bail</translation>
    </message>
    <message>
        <source>Renewed on the same terms</source>
        <translation>Renouvelé aux mêmes conditions</translation>
    </message>
    <message>
        <source>Vacated: no rent</source>
        <translation>Libéré : plus de loyer</translation>
    </message>
    <message>
        <source>Change end of lease</source>
        <translation>Modifier la fin du bail</translation>
    </message>
    <message>
        <source>After the term</source>
        <translation>Après le terme</translation>
    </message>
    <message>
        <source>Extra schedule tasks</source>
        <translation>Tâches supplémentaires du planning</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Tasks added to the generated schedule. “Depends on” and “Must finish before” take task ids separated by commas (e.g. design, grid-upgrade; gpu-install).</source>
        <translation>Tâches ajoutées au planning généré. « Dépend de » et « Doit finir avant » prennent des identifiants de tâches séparés par des virgules (p. ex. design, grid-upgrade ; gpu-install).</translation>
    </message>
</context>
<context>
    <name>CostAssumptionsDialog</name>
    <message>
        <source>Cost assumptions</source>
        <translation>Hypothèses de coûts</translation>
    </message>
    <message>
        <source>Unit costs shared by every site of the portfolio. Defaults and their sources are in docs/model.md (“Capex by step”, “Residual value”); estimates are marked there.</source>
        <translation>Coûts unitaires communs à tous les sites du portefeuille. Les valeurs par défaut et leurs sources figurent dans docs/model.md (« Capex by step », « Residual value ») ; les estimations y sont signalées.</translation>
    </message>
    <message>
        <source>Capex per conversion step</source>
        <translation>Investissement par étape de conversion</translation>
    </message>
    <message>
        <source> USD/MW IT</source>
        <translation> USD/MW IT</translation>
    </message>
    <message>
        <source>1 GPU fit-out (racks, network)</source>
        <translation>1 Aménagement GPU (baies, réseau)</translation>
    </message>
    <message>
        <source>2 Electrical, per installed MW</source>
        <translation>2 Électricité, par MW installé</translation>
    </message>
    <message>
        <source> USD/MW installed</source>
        <translation> USD/MW installé</translation>
    </message>
    <message>
        <source>3 Cooling: air</source>
        <translation>3 Refroidissement : air</translation>
    </message>
    <message>
        <source>3 Cooling: hybrid (rear-door)</source>
        <translation>3 Refroidissement : hybride (porte arrière)</translation>
    </message>
    <message>
        <source>3 Cooling: direct-to-chip</source>
        <translation>3 Refroidissement : direct sur puce</translation>
    </message>
    <message>
        <source>3 Cooling: immersion</source>
        <translation>3 Refroidissement : immersion</translation>
    </message>
    <message>
        <source>4 Sealing and dust filtration</source>
        <translation>4 Étanchéification et filtration des poussières</translation>
    </message>
    <message>
        <source>4 Fire suppression</source>
        <translation>4 Extinction d&apos;incendie</translation>
    </message>
    <message>
        <source>4 Monitoring / BMS</source>
        <translation>4 Supervision / GTB</translation>
    </message>
    <message>
        <source>4 Tier III certification</source>
        <translation>4 Certification Tier III</translation>
    </message>
    <message>
        <source>4 Tier IV certification</source>
        <translation>4 Certification Tier IV</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Provision pour aléas</translation>
    </message>
    <message>
        <source>ASIC resale (credit)</source>
        <translation>Revente des ASIC (crédit)</translation>
    </message>
    <message>
        <source> USD/TH</source>
        <translation> USD/TH</translation>
    </message>
    <message>
        <source>Operations and value over time</source>
        <translation>Exploitation et valeur dans le temps</translation>
    </message>
    <message>
        <source>AI hall O&amp;&amp;M</source>
        <translation>E&amp;&amp;M de la salle IA</translation>
    </message>
    <message>
        <source> USD/MW IT/yr</source>
        <translation> USD/MW IT/an</translation>
    </message>
    <message>
        <source>Mining O&amp;&amp;M</source>
        <translation>E&amp;&amp;M du minage</translation>
    </message>
    <message>
        <source> USD/MW/yr</source>
        <translation> USD/MW/an</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>GPU depreciation life</source>
        <translation>Durée d&apos;amortissement des GPU</translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation>Durée de vie du bâtiment</translation>
    </message>
    <message>
        <source>Count the hall&apos;s book value at the end of the horizon</source>
        <translation>Compter la valeur comptable de la salle en fin d&apos;horizon</translation>
    </message>
    <message>
        <source>Straight-line book value of the facility (and owned GPUs) returned in the horizon&apos;s last month; off = cash flows only.</source>
        <translation>Valeur comptable linéaire du bâtiment (et des GPU détenus) restituée au dernier mois de l&apos;horizon ; désactivé = flux de trésorerie seuls.</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>Valeur résiduelle</translation>
    </message>
    <message>
        <source>Lease, cloud service and GPU life</source>
        <translation>Bail, service cloud et durée de vie des GPU</translation>
    </message>
    <message>
        <source>Insurance, property tax, management and non-recoverable costs of a colocation lease, as a share of rent (8 % puts the NOI margin at about 85 %).</source>
        <translation>Assurance, taxe foncière, gestion et charges non refacturables d&apos;un bail de colocation, en part du loyer (8 % place la marge NOI vers 85 %).</translation>
    </message>
    <message>
        <source>Colocation lease costs, of rent</source>
        <translation>Charges du bail de colocation, en part du loyer</translation>
    </message>
    <message>
        <source>Staff, support contracts, network, software and sales of a GPU cloud, as a share of its revenue.</source>
        <translation>Personnel, contrats de support, réseau, logiciels et ventes d&apos;un cloud GPU, en part de son chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <source>GPU cloud service costs, of revenue</source>
        <translation>Charges du service cloud GPU, en part du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>GPU useful life</source>
        <translation>Durée de vie utile des GPU</translation>
    </message>
    <message>
        <source>Refresh: buy the fleet again</source>
        <translation>Renouveler : racheter le parc</translation>
    </message>
    <message>
        <source>Retire: the fleet stops earning</source>
        <translation>Retirer : le parc cesse de produire</translation>
    </message>
    <message>
        <source>At the end of its life</source>
        <translation>En fin de vie</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Currency %1: this planner computes in USD only, so every amount in this project is treated as USD (prices, costs and results are not converted); the next edit of the currency accepts only USD</source>
        <translation>Devise %1 : ce planificateur calcule uniquement en USD, donc chaque montant de ce projet est traité comme des USD (prix, coûts et résultats ne sont pas convertis) ; la prochaine modification de la devise n&apos;accepte que USD</translation>
    </message>
</context>
<context>
    <name>FieldHints</name>
    <message>
        <source>Default 3.01 kW: Antminer S19 XP spec (domain.md §3.2)</source>
        <translation>Par défaut 3,01 kW : fiche technique Antminer S19 XP (domain.md §3.2)</translation>
    </message>
    <message>
        <source>Default 140 TH/s: Antminer S19 XP spec (domain.md §3.2)</source>
        <translation>Par défaut 140 TH/s : fiche technique Antminer S19 XP (domain.md §3.2)</translation>
    </message>
    <message>
        <source>Default 1.05: direct outside-air mining hall, fans count as IT (domain.md §2.2)</source>
        <translation>Par défaut 1,05 : salle de minage à air extérieur direct, ventilateurs comptés en IT (domain.md §2.2)</translation>
    </message>
    <message>
        <source>Default 45 USD/PH/day: 2024–2026 base case (domain.md §3.3)</source>
        <translation>Par défaut 45 USD/PH/jour : cas de base 2024–2026 (domain.md §3.3)</translation>
    </message>
    <message>
        <source>Default −10 %/yr: difficulty growth erodes hashprice (estimate)</source>
        <translation>Par défaut −10 %/an : la hausse de la difficulté érode le hashprice (estimation)</translation>
    </message>
    <message>
        <source>Default 57.2 kW: 4 × DGX B200 at 14.3 kW (domain.md §3.1)</source>
        <translation>Par défaut 57,2 kW : 4 × DGX B200 à 14,3 kW (domain.md §3.1)</translation>
    </message>
    <message>
        <source>Default 150 USD/kW-month: colocation base case (domain.md §4.3)</source>
        <translation>Par défaut 150 USD/kW-mois : cas de base colocation (domain.md §4.3)</translation>
    </message>
    <message>
        <source>Default 2.95 USD/h: H100 median of 58 providers, May 2026 (domain.md §4.3)</source>
        <translation>Par défaut 2,95 USD/h : médiane H100 de 58 fournisseurs, mai 2026 (domain.md §4.3)</translation>
    </message>
    <message>
        <source>Default 70 %: share of GPU-hours sold (estimate)</source>
        <translation>Par défaut 70 % : part des heures-GPU vendues (estimation)</translation>
    </message>
    <message>
        <source>Default 15 %/yr: new GPU generations push prices down (estimate)</source>
        <translation>Par défaut 15 %/an : les nouvelles générations de GPU font baisser les prix (estimation)</translation>
    </message>
    <message>
        <source>Country presets: industrial tariffs (domain.md §6.4)</source>
        <translation>Préréglages pays : tarifs industriels (domain.md §6.4)</translation>
    </message>
    <message>
        <source>Country presets: grid carbon intensity (domain.md §6.4)</source>
        <translation>Préréglages pays : intensité carbone du réseau (domain.md §6.4)</translation>
    </message>
    <message>
        <source>Default 10 %: financial parameters (domain.md §4.2)</source>
        <translation>Par défaut 10 % : paramètres financiers (domain.md §4.2)</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2%3</source>
        <translation>Autorisé : %1 à %2%3</translation>
    </message>
    <message>
        <source>Thinner air costs fan power; country presets: their station&apos;s elevation (docs/model.md &quot;Altitude&quot;)</source>
        <translation>Un air moins dense coûte de la puissance de ventilation ; préréglages de pays : l&apos;altitude de leur station (docs/model.md « Altitude »)</translation>
    </message>
    <message>
        <source>ASHRAE 0.4 % annual cooling dry-bulb; country presets: docs/model.md &quot;Design temperature defaults&quot;</source>
        <translation>Température sèche de refroidissement annuelle à 0,4 % (ASHRAE) ; préréglages de pays : docs/model.md « Design temperature defaults »</translation>
    </message>
    <message>
        <source>ASHRAE 0.4 % evaporation wet-bulb, at most the design dry-bulb; country presets: docs/model.md &quot;Design temperature defaults&quot;</source>
        <translation>Température humide d&apos;évaporation à 0,4 % (ASHRAE), au plus la température sèche de dimensionnement ; préréglages de pays : docs/model.md « Design temperature defaults »</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation>Raccordement actuel</translation>
    </message>
    <message>
        <source>Queued grid upgrade</source>
        <translation>Extension de raccordement en file d&apos;attente</translation>
    </message>
    <message>
        <source>Queued upgrade available</source>
        <translation>Disponibilité de l&apos;extension en attente</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>Source d&apos;énergie</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Prix de l&apos;électricité</translation>
    </message>
    <message>
        <source>Power price escalation</source>
        <translation>Hausse du prix de l&apos;électricité</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>Intensité carbone du réseau</translation>
    </message>
    <message>
        <source>Dry-bulb</source>
        <translation>Temp. sèche</translation>
    </message>
    <message>
        <source>Wet-bulb</source>
        <translation>Temp. humide</translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation>Modèle d&apos;ASIC</translation>
    </message>
    <message>
        <source>Miners</source>
        <translation>Mineurs</translation>
    </message>
    <message>
        <source>Power per miner</source>
        <translation>Puissance par mineur</translation>
    </message>
    <message>
        <source>Hash rate per miner</source>
        <translation>Hashrate par mineur</translation>
    </message>
    <message>
        <source>Mining PUE</source>
        <translation>PUE du minage</translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation>Hashprice</translation>
    </message>
    <message>
        <source>Hashprice change</source>
        <translation>Évolution du hashprice</translation>
    </message>
    <message>
        <source>Mining uptime</source>
        <translation>Disponibilité du minage</translation>
    </message>
    <message>
        <source>Converted share</source>
        <translation>Part convertie</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Modèle économique</translation>
    </message>
    <message>
        <source>Colocation price</source>
        <translation>Prix de la colocation</translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation>Prix par heure-GPU</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>Utilisation des GPU</translation>
    </message>
    <message>
        <source>GPU price decline</source>
        <translation>Baisse du prix des GPU</translation>
    </message>
    <message>
        <source>GPU platform</source>
        <translation>Plateforme GPU</translation>
    </message>
    <message>
        <source>Power per rack</source>
        <translation>Puissance par baie</translation>
    </message>
    <message>
        <source>GPUs per rack</source>
        <translation>GPU par baie</translation>
    </message>
    <message>
        <source>Price per GPU</source>
        <translation>Prix par GPU</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redondance</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Taille de bloc</translation>
    </message>
    <message>
        <source>Installed blocks</source>
        <translation>Blocs installés</translation>
    </message>
    <message>
        <source>Cooling technology</source>
        <translation>Technologie de refroidissement</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Energisation phases</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Months between phases</source>
        <translation>Mois entre tranches</translation>
    </message>
    <message>
        <source>GPU delivery month</source>
        <translation>Mois de livraison des GPU</translation>
    </message>
    <message>
        <source>Portfolio name</source>
        <translation>Nom du portefeuille</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Mois de début</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Taux d&apos;actualisation</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Exit cap rate</source>
        <translation>Taux de capitalisation de sortie</translation>
    </message>
    <message>
        <source>GPU hall fit-out</source>
        <translation>Aménagement de la salle GPU</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <source>Building sealing</source>
        <translation>Étanchéification du bâtiment</translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation>Extinction d&apos;incendie</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Tier III premium</source>
        <translation>Surcoût Tier III</translation>
    </message>
    <message>
        <source>Tier IV premium</source>
        <translation>Surcoût Tier IV</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Provision pour aléas</translation>
    </message>
    <message>
        <source>AI hall O&amp;M</source>
        <translation>E&amp;M de la salle IA</translation>
    </message>
    <message>
        <source>Mining O&amp;M</source>
        <translation>E&amp;M du minage</translation>
    </message>
    <message>
        <source>ASIC resale</source>
        <translation>Revente des ASIC</translation>
    </message>
    <message>
        <source>GPU depreciation</source>
        <translation>Amortissement des GPU</translation>
    </message>
    <message>
        <source>Facility life</source>
        <translation>Durée de vie du bâtiment</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation>%1, site %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <source>Design dry-bulb</source>
        <translation>Temp. sèche de dimensionnement</translation>
    </message>
    <message>
        <source>Design wet-bulb</source>
        <translation>Temp. humide de dimensionnement</translation>
    </message>
    <message>
        <source>Design percentile</source>
        <translation>Centile de dimensionnement</translation>
    </message>
</context>
<context>
    <name>GanttWidget</name>
    <message>
        <source>Conversion schedule (Gantt chart)</source>
        <translation>Planning de conversion (diagramme de Gantt)</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Aucun planning</translation>
    </message>
    <message>
        <source>%1 tasks. First RFS %2; full capacity %3. Use the arrow keys to read each task.</source>
        <translation>%1 tâches. Première MES %2 ; pleine capacité %3. Utilisez les flèches pour lire chaque tâche.</translation>
    </message>
    <message>
        <source>%1: month %2 to %3, %4 months of float, critical for %5.</source>
        <translation>%1 : mois %2 à %3, %4 mois de marge, critique pour %5.</translation>
    </message>
    <message>
        <source>%1 (month %2)</source>
        <translation>%1 (mois %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Early start: %3&lt;br&gt;Early finish: %4&lt;br&gt;Duration: %5 months&lt;br&gt;Total float: %6 months (to %7)&lt;br&gt;Critical for: %8&lt;br&gt;Driving predecessor: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Début au plus tôt : %3&lt;br&gt;Fin au plus tôt : %4&lt;br&gt;Durée : %5 mois&lt;br&gt;Marge totale : %6 mois (jusqu&apos;à %7)&lt;br&gt;Critique pour : %8&lt;br&gt;Prédécesseur déterminant : %9</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (critique)</translation>
    </message>
    <message>
        <source>first RFS</source>
        <translation>première MES</translation>
    </message>
    <message>
        <source>full capacity</source>
        <translation>pleine capacité</translation>
    </message>
</context>
<context>
    <name>InputNotes</name>
    <message>
        <source>note for %1 is longer than %2 bytes</source>
        <translation>la note de %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>note for %1 is not valid UTF-8 text</source>
        <translation>la note de %1 n’est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>note for %1 holds control characters (only line breaks and tabs are allowed)</source>
        <translation>la note de %1 contient des caractères de contrôle (seuls les sauts de ligne et les tabulations sont admis)</translation>
    </message>
    <message>
        <source>source for %1 is longer than %2 bytes</source>
        <translation>la source de %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>source for %1 is not valid UTF-8 text</source>
        <translation>la source de %1 n’est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>source for %1 holds control characters (only line breaks and tabs are allowed)</source>
        <translation>la source de %1 contient des caractères de contrôle (seuls les sauts de ligne et les tabulations sont admis)</translation>
    </message>
    <message>
        <source>note path &apos;%1&apos; is not a field path (e.g. sites[0].gridInterconnectMw, at most %2 bytes)</source>
        <translation>le chemin de note « %1 » n’est pas un chemin de champ (p. ex. sites[0].gridInterconnectMw, au plus %2 octets)</translation>
    </message>
</context>
<context>
    <name>InputNotesUi</name>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Remove note for %1</source>
        <translation>Supprimer la note de %1</translation>
    </message>
    <message>
        <source>Note for %1</source>
        <translation>Note pour %1</translation>
    </message>
    <message>
        <source>Note and source: %1</source>
        <translation>Note et source : %1</translation>
    </message>
    <message>
        <source>A note and a source for &lt;b&gt;%1&lt;/b&gt;, shown in its tooltip, the report&apos;s appendix and the workbook&apos;s Inputs sheet. Plain text, up to %2 characters each.</source>
        <translation>Une note et une source pour &lt;b&gt;%1&lt;/b&gt;, affichées dans son info-bulle, l&apos;annexe du rapport et la feuille Inputs du classeur. Texte brut, %2 caractères au plus chacune.</translation>
    </message>
    <message>
        <source>e.g. utility letter of 3 March 2026, or a URL</source>
        <translation>p. ex. courrier du gestionnaire de réseau du 3 mars 2026, ou une URL</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
</context>
<context>
    <name>InputNotesUi::Filter</name>
    <message>
        <source>Edit Note and Source…</source>
        <translation>Modifier la note et la source…</translation>
    </message>
    <message>
        <source>Note and Source…</source>
        <translation>Note et source…</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>unknown key; allowed keys here: %1</source>
        <translation>clé inconnue ; clés admises ici : %1</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>doit être un objet, reçu %1</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>doit être un nombre, reçu %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>doit être un nombre entier, reçu %1</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>doit être true ou false, reçu %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>doit être une chaîne de caractères, reçu %1</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>doit être l&apos;une des valeurs %1, reçu %2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>doit être un tableau, reçu %1</translation>
    </message>
    <message>
        <source>binary values are not JSON</source>
        <translation>les valeurs binaires ne sont pas du JSON</translation>
    </message>
    <message>
        <source>duplicate key: a key may appear only once in an object</source>
        <translation>clé en double : une clé ne peut apparaître qu&apos;une fois dans un objet</translation>
    </message>
    <message>
        <source>number out of range (beyond ±1.8e308), got %1</source>
        <translation>nombre hors limites (au-delà de ±1.8e308), reçu %1</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2 (near %3): %4</source>
        <translation>JSON mal formé à la ligne %1, colonne %2 (près de %3) : %4</translation>
    </message>
    <message>
        <source>malformed JSON at line %1, column %2: %3</source>
        <translation>JSON mal formé à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>more than %1 sites, the most a portfolio may have</source>
        <translation>plus de %1 sites, le maximum pour un portefeuille</translation>
    </message>
    <message>
        <source>more than %1 values; not a Mine2AI portfolio</source>
        <translation>plus de %1 valeurs ; ce n&apos;est pas un portefeuille Mine2AI</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels (a Mine2AI portfolio needs 7)</source>
        <translation>imbrication de plus de %1 niveaux (un portefeuille Mine2AI en demande 7)</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>clé obligatoire manquante</translation>
    </message>
    <message>
        <source>must be a month &quot;YYYY-MM&quot; (e.g. &quot;2027-01&quot;), got %1</source>
        <translation>doit être un mois « YYYY-MM » (p. ex. « 2027-01 »), reçu %1</translation>
    </message>
    <message>
        <source>unknown value %1, allowed: %2</source>
        <translation>valeur inconnue %1, valeurs admises : %2</translation>
    </message>
    <message>
        <source>must be an array of 12 numbers (January to December), got %1</source>
        <translation>doit être un tableau de 12 nombres (janvier à décembre), reçu %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>doit être entre %1 et %2, reçu %3</translation>
    </message>
    <message>
        <source>out of range, got %1</source>
        <translation>hors limites, reçu %1</translation>
    </message>
    <message>
        <source>must be an array of 4 numbers (air, hybrid, direct-to-chip, immersion), got %1</source>
        <translation>doit être un tableau de 4 nombres (air, hybride, direct-to-chip, immersion), reçu %1</translation>
    </message>
    <message>
        <source>must be an array of task ids, got %1</source>
        <translation>doit être un tableau d&apos;identifiants de tâches, reçu %1</translation>
    </message>
    <message>
        <source>must be an array of notes, got %1</source>
        <translation>doit être un tableau de notes, reçu %1</translation>
    </message>
    <message>
        <source>holds %1 notes, more than the %2 allowed</source>
        <translation>contient %1 notes, plus que les %2 admises</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a note already (notes are one per field)</source>
        <translation>« %1 » a déjà une note (une note par champ)</translation>
    </message>
    <message>
        <source>must be an array of tasks, got %1</source>
        <translation>doit être un tableau de tâches, reçu %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>doit être « %1 »</translation>
    </message>
    <message>
        <source>must be 8760 or 8784, got %1</source>
        <translation>doit être 8760 ou 8784, reçu %1</translation>
    </message>
    <message>
        <source>must be %1 characters of base64 (%2 float32 values), got %3</source>
        <translation>doit compter %1 caractères base64 (%2 valeurs float32), reçu %3</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot; (this is not a Mine2AI portfolio), got %2</source>
        <translation>doit être « %1 » (ce n&apos;est pas un portefeuille Mine2AI), reçu %2</translation>
    </message>
    <message>
        <source>file was written by a newer Mine2AI (formatVersion %1); this version reads formatVersion %2</source>
        <translation>fichier écrit par une version plus récente de Mine2AI (formatVersion %1) ; cette version lit formatVersion %2</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>doit être %1, reçu %2</translation>
    </message>
    <message>
        <source>must be an array of sites, got %1</source>
        <translation>doit être un tableau de sites, reçu %1</translation>
    </message>
    <message>
        <source>larger than %1 MiB, the limit for a portfolio JSON file</source>
        <translation>plus de %1 Mio, la limite pour un fichier JSON de portefeuille</translation>
    </message>
    <message>
        <source>cannot read the document: %1</source>
        <translation>impossible de lire le document : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Updated on screen in %1 ms (engines %2 ms)</source>
        <translation>Mis à jour à l&apos;écran en %1 ms (moteurs %2 ms)</translation>
    </message>
    <message>
        <source>Computation failed: %1</source>
        <translation>Échec du calcul : %1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <source>Import Sites from Spreads&amp;heet…</source>
        <translation>Importer des sites depuis un &amp;tableur…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
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
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>&amp;Add Site</source>
        <translation>&amp;Ajouter un site</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>&amp;Duplicate Site</source>
        <translation>&amp;Dupliquer le site</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Re&amp;move Site</source>
        <translation>Su&amp;pprimer le site</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risque</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Mine2AI Planner</source>
        <translation>À &amp;propos de Mine2AI Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>All charts (PNG and SVG)…</source>
        <translation>Tous les graphiques (PNG et SVG)…</translation>
    </message>
    <message>
        <source>Tables (CSV and Excel workbook)…</source>
        <translation>Tableaux (CSV et classeur Excel)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Cost A&amp;ssumptions…</source>
        <translation>&amp;Hypothèses de coûts…</translation>
    </message>
    <message>
        <source>&amp;Tax and Financing…</source>
        <translation>&amp;Fiscalité et financement…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Compare Two Sites…</source>
        <translation>&amp;Comparer deux sites…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Annuler %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Y)</source>
        <translation>Rétablir %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Site shown in the site view</source>
        <translation>Site affiché dans la vue site</translation>
    </message>
    <message>
        <source>Site shown in the site view: %1</source>
        <translation>Site affiché dans la vue site : %1</translation>
    </message>
    <message>
        <source>Site inputs</source>
        <translation>Données du site</translation>
    </message>
    <message>
        <source>Conversion steps</source>
        <translation>Étapes de conversion</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique des annulations</translation>
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
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Project on Start</source>
        <translation>&amp;Rouvrir le dernier projet au démarrage</translation>
    </message>
    <message>
        <source>Site 1</source>
        <translation>Site 1</translation>
    </message>
    <message>
        <source>Built-in sample portfolio loaded</source>
        <translation>Portefeuille d&apos;exemple intégré chargé</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Mine2AI projects (*.m2ai)</source>
        <translation>Projets Mine2AI (*.m2ai)</translation>
    </message>
    <message>
        <source>Not saved: %1 was kept</source>
        <translation>Non enregistré : %1 a été conservé</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 existe déjà.
Voulez-vous le remplacer ?</translation>
    </message>
    <message>
        <source>Mine2AI projects (*.m2ai);;JSON portfolios (*.json)</source>
        <translation>Projets Mine2AI (*.m2ai);;Portefeuilles JSON (*.json)</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Importer du JSON</translation>
    </message>
    <message>
        <source>JSON portfolios (*.json)</source>
        <translation>Portefeuilles JSON (*.json)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>an untitled project (“%1”)</source>
        <translation>un projet sans titre (« %1 »)</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Mine2AI Planner did not close normally last time.

A recovery copy of %1 with unsaved changes was saved %2.

Recover opens it (the original file stays as it was until you save); Discard deletes the copy.</source>
        <translation>Mine2AI Planner ne s&apos;est pas fermé normalement la dernière fois.

Une copie de récupération de %1 avec des modifications non enregistrées a été faite %2.

Récupérer l&apos;ouvre (le fichier d&apos;origine reste inchangé jusqu&apos;à ce que vous enregistriez) ; Abandonner supprime la copie.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Could not recover %1: %2</source>
        <translation>Impossible de récupérer %1 : %2</translation>
    </message>
    <message>
        <source>Recovered unsaved changes from %1</source>
        <translation>Modifications non enregistrées récupérées depuis %1</translation>
    </message>
    <message>
        <source>The user guide is missing.</source>
        <translation>Le guide de l&apos;utilisateur est introuvable.</translation>
    </message>
    <message>
        <source>Mine2AI Planner — User Guide</source>
        <translation>Mine2AI Planner — Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>About Mine2AI Planner</source>
        <translation>À propos de Mine2AI Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mine2AI Planner %1&lt;/h3&gt;&lt;p&gt;Plan the conversion of Bitcoin-mining sites into AI data centres: power budget, PUE, schedule and economics per site and for the portfolio.&lt;/p&gt;&lt;p&gt;Figures and their sources: see the user guide and docs/model.md.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mine2AI Planner %1&lt;/h3&gt;&lt;p&gt;Planifier la conversion de sites de minage de bitcoins en centres de données IA : bilan de puissance, PUE, planning et économie par site et pour le portefeuille.&lt;/p&gt;&lt;p&gt;Chiffres et sources : voir le guide de l&apos;utilisateur et docs/model.md.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edit tax and financing</source>
        <translation>Modifier la fiscalité et le financement</translation>
    </message>
    <message>
        <source>Tax and financing refused</source>
        <translation>Fiscalité et financement refusés</translation>
    </message>
    <message>
        <source>Edit cost assumptions</source>
        <translation>Modifier les hypothèses de coûts</translation>
    </message>
    <message>
        <source>Cost assumptions refused</source>
        <translation>Hypothèses de coûts refusées</translation>
    </message>
    <message>
        <source>Import sites from a spreadsheet</source>
        <translation>Importer des sites depuis un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Tableurs (*.xlsx *.csv);;Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln site(s) from %1</source>
        <translation>
            <numerusform>%Ln site importé depuis %1</numerusform>
            <numerusform>%Ln sites importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New sites spreadsheet from the template</source>
        <translation>Nouveau tableur de sites à partir du modèle</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write the template: %1</source>
        <translation>Impossible d&apos;écrire le modèle : %1</translation>
    </message>
    <message>
        <source>Sites template</source>
        <translation>Modèle de sites</translation>
    </message>
    <message>
        <source>Template written to %1: fill in one row per site, then File › Import Sites from Spreadsheet…</source>
        <translation>Modèle écrit dans %1 : remplissez une ligne par site, puis Fichier › Importer des sites depuis un tableur…</translation>
    </message>
    <message>
        <source>Nothing to copy: select cells of a table</source>
        <translation>Rien à copier : sélectionnez des cellules d&apos;un tableau</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s) as tab-separated text</source>
        <translation>
            <numerusform>%Ln ligne copiée en texte séparé par des tabulations</numerusform>
            <numerusform>%Ln lignes copiées en texte séparé par des tabulations</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste works in the portfolio table and the climate table</source>
        <translation>Le collage fonctionne dans le tableau du portefeuille et le tableau du climat</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne collée</numerusform>
            <numerusform>%Ln lignes collées</numerusform>
        </translation>
    </message>
    <message>
        <source>Sc&amp;enario Comparison</source>
        <translation>Compar&amp;aison des scénarios</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Add Site</source>
        <comment>toolbar button, short</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Duplicate Site</source>
        <comment>toolbar button, short</comment>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Remove Site</source>
        <comment>toolbar button, short</comment>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>PortfolioFile</name>
    <message>
        <source>%1: cannot open the file (missing or unreadable)</source>
        <translation>%1 : impossible d&apos;ouvrir le fichier (absent ou illisible)</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1 : ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: cannot read the file size: %2</source>
        <translation>%1 : impossible de lire la taille du fichier : %2</translation>
    </message>
    <message>
        <source>%1: %2 MiB, larger than the %3 MiB limit for a portfolio JSON file; not a Mine2AI portfolio</source>
        <translation>%1 : %2 Mio, au-delà de la limite de %3 Mio pour un fichier JSON de portefeuille ; ce n&apos;est pas un portefeuille Mine2AI</translation>
    </message>
    <message>
        <source>%1: not a Mine2AI project (.m2ai) or portfolio JSON file</source>
        <translation>%1 : ni un projet Mine2AI (.m2ai) ni un fichier JSON de portefeuille</translation>
    </message>
    <message>
        <source>%1: %2 problem(s), first: %3</source>
        <translation>%1 : %2 problème(s), le premier : %3</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>… and %1 more problems (only the first %2 are listed)</source>
        <translation>… et %1 autres problèmes (seuls les %2 premiers sont listés)</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>Grid today</source>
        <translation>Réseau actuel</translation>
    </message>
    <message>
        <source>Grid with queue</source>
        <translation>Réseau avec file</translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation>MW IT</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>PUE annuel</translation>
    </message>
    <message>
        <source>RFS</source>
        <translation>MES</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>GPU purchase</source>
        <translation>Achat des GPU</translation>
    </message>
    <message>
        <source>Facility per MW IT</source>
        <translation>Bâtiment par MW IT</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <source>NPV vs mining</source>
        <translation>VAN vs minage</translation>
    </message>
    <message>
        <source>Incremental IRR</source>
        <translation>TRI incrémental</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>TRI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>How the AI hall earns: colocation lease or GPU cloud</source>
        <translation>Comment la salle IA rapporte : bail de colocation ou cloud GPU</translation>
    </message>
    <message>
        <source>Share of the grid (with the queue) given to the AI hall; the rest keeps mining</source>
        <translation>Part du raccordement (avec la file d&apos;attente) donnée à la salle IA ; le reste poursuit le minage</translation>
    </message>
    <message>
        <source>Grid interconnect available today</source>
        <translation>Raccordement au réseau disponible aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Grid interconnect today plus the queued upgrade, when there is one</source>
        <translation>Raccordement actuel plus l&apos;extension en file d&apos;attente, s&apos;il y en a une</translation>
    </message>
    <message>
        <source>Critical IT load the power chain and grid (with the queue) allow</source>
        <translation>Charge IT critique que permettent la chaîne électrique et le réseau (avec la file)</translation>
    </message>
    <message>
        <source>Energy-weighted power usage effectiveness over the year</source>
        <translation>PUE pondéré par l&apos;énergie sur l&apos;année</translation>
    </message>
    <message>
        <source>First full month in service (critical path of the schedule)</source>
        <translation>Premier mois complet en service (chemin critique du planning)</translation>
    </message>
    <message>
        <source>Conversion capex: facility (with contingency) + GPU purchase − ASIC resale</source>
        <translation>CAPEX de conversion : bâtiment (avec aléas) + achat des GPU − revente des ASIC</translation>
    </message>
    <message>
        <source>Owned GPUs of a GPU cloud, first fleet (vendor price, no contingency)</source>
        <translation>GPU détenus d&apos;un cloud GPU, premier parc (prix fournisseur, sans aléas)</translation>
    </message>
    <message>
        <source>Facility capex per MW of IT, GPUs excluded</source>
        <translation>CAPEX bâtiment par MW IT, GPU exclus</translation>
    </message>
    <message>
        <source>Net present value of converting, over the portfolio horizon</source>
        <translation>Valeur actuelle nette de la conversion, sur l&apos;horizon du portefeuille</translation>
    </message>
    <message>
        <source>NPV of converting minus NPV of keeping the whole site mining</source>
        <translation>VAN de la conversion moins VAN du minage poursuivi sur tout le site</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining: the IRR of converting&apos;s monthly net minus keep-mining&apos;s</source>
        <translation>TRI incrémental par rapport au minage : le TRI du flux net mensuel de la conversion moins celui du minage</translation>
    </message>
    <message>
        <source>IRR of the converting plan&apos;s own monthly net, before tax, unlevered</source>
        <translation>TRI du flux net mensuel propre au plan de conversion, avant impôt, sans dette</translation>
    </message>
    <message>
        <source>First month the converting plan&apos;s cumulative net cash is positive</source>
        <translation>Premier mois où la trésorerie nette cumulée du plan de conversion est positive</translation>
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
        <translation>Totaux sur les sites réalisables : %1</translation>
    </message>
    <message>
        <source>Total (%1 sites, %2 infeasible excluded)</source>
        <translation>Total (%1 sites, %2 irréalisables exclus)</translation>
    </message>
    <message numerus="yes">
        <source>Total (%Ln sites)</source>
        <translation>
            <numerusform>Total (%Ln site)</numerusform>
            <numerusform>Total (%Ln sites)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Renommer le site</translation>
    </message>
    <message>
        <source>Change grid interconnect</source>
        <translation>Modifier le raccordement au réseau</translation>
    </message>
    <message>
        <source>the Total row is computed</source>
        <translation>la ligne Total est calculée</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a number (allowed %4 – %5 %6)</source>
        <translation>%1, %2 : « %3 » n&apos;est pas un nombre (autorisé %4 – %5 %6)</translation>
    </message>
    <message>
        <source>%1, %2: computed, not an input (paste into Site or Grid today)</source>
        <translation>%1, %2 : calculé, pas une donnée (collez dans Site ou Réseau actuel)</translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: %1</source>
        <translation>Collage refusé, rien n&apos;a changé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Coller %n cellule</numerusform>
            <numerusform>Coller %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Nothing to paste</source>
        <translation>Rien à coller</translation>
    </message>
    <message>
        <source>Select the cell to paste at</source>
        <translation>Sélectionnez la cellule où coller</translation>
    </message>
    <message>
        <source>row %1, cell %2</source>
        <translation>ligne %1, cellule %2</translation>
    </message>
    <message>
        <source>Paste refused, nothing changed: the block reaches past the table (%1)</source>
        <translation>Collage refusé, rien n&apos;a changé : le bloc dépasse le tableau (%1)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Taux d&apos;actualisation</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Rename portfolio</source>
        <translation>Renommer le portefeuille</translation>
    </message>
    <message>
        <source>Change start month</source>
        <translation>Modifier le mois de début</translation>
    </message>
    <message>
        <source>Change discount rate</source>
        <translation>Modifier le taux d&apos;actualisation</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation>Modifier l&apos;horizon</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>site name</source>
        <translation>nom du site</translation>
    </message>
    <message>
        <source>task name</source>
        <translation>nom de la tâche</translation>
    </message>
    <message>
        <source>task id</source>
        <translation>identifiant de tâche</translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation>modèle d&apos;ASIC</translation>
    </message>
    <message>
        <source>portfolio name</source>
        <translation>nom du portefeuille</translation>
    </message>
    <message>
        <source>GPU platform id, or &quot;custom&quot;</source>
        <translation>identifiant de plateforme GPU, ou « custom »</translation>
    </message>
    <message>
        <source>air cooling</source>
        <translation>refroidissement par air</translation>
    </message>
    <message>
        <source>hybrid (rear-door) cooling</source>
        <translation>refroidissement hybride (porte arrière)</translation>
    </message>
    <message>
        <source>direct-to-chip cooling</source>
        <translation>refroidissement direct sur puce</translation>
    </message>
    <message>
        <source>immersion cooling</source>
        <translation>refroidissement par immersion</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <source>GPU cloud</source>
        <translation>cloud GPU</translation>
    </message>
    <message>
        <source>colocation</source>
        <translation>colocation</translation>
    </message>
    <message>
        <source>distributed redundant</source>
        <translation>redondance distribuée</translation>
    </message>
    <message>
        <source>a custom GPU</source>
        <translation>un GPU personnalisé</translation>
    </message>
    <message>
        <source>must be between %1 and %2 %3, got %4</source>
        <translation>doit être entre %1 et %2 %3, reçu %4</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>doit être entre %1 et %2, reçu %3</translation>
    </message>
    <message>
        <source>must not be empty (%1)</source>
        <translation>ne doit pas être vide (%1)</translation>
    </message>
    <message>
        <source>must be a month between %1-01 and %2-12, got year %3 month %4</source>
        <translation>doit être un mois entre %1-01 et %2-12, reçu année %3 mois %4</translation>
    </message>
    <message>
        <source>unknown value %1, allowed: %2</source>
        <translation>valeur inconnue %1, autorisées : %2</translation>
    </message>
    <message>
        <source>N+1 needs at least 2 blocks (one is the spare), got %1</source>
        <translation>N+1 exige au moins 2 blocs (l&apos;un est la réserve), reçu %1</translation>
    </message>
    <message>
        <source>2N needs an even number of blocks, at least 2, got %1</source>
        <translation>2N exige un nombre pair de blocs, au moins 2, reçu %1</translation>
    </message>
    <message>
        <source>2(N+1) needs an even number of blocks, at least 4 (two sides of N+1), got %1</source>
        <translation>2(N+1) exige un nombre pair de blocs, au moins 4 (deux côtés en N+1), reçu %1</translation>
    </message>
    <message>
        <source>distributed-redundant needs a multiple of 3 blocks (&quot;3 to make 2&quot;), got %1</source>
        <translation>la redondance distribuée exige un multiple de 3 blocs (« 3 pour 2 »), reçu %1</translation>
    </message>
    <message>
        <source>wet-bulb must not exceed dry-bulb (%1 °C), got %2</source>
        <translation>la température humide ne doit pas dépasser la température sèche (%1 °C), reçu %2</translation>
    </message>
    <message>
        <source>duplicate site name &quot;%1&quot; (also %2)</source>
        <translation>nom de site en double « %1 » (aussi %2)</translation>
    </message>
    <message>
        <source>duplicate task id &quot;%1&quot; (also %2)</source>
        <translation>identifiant de tâche en double « %1 » (aussi %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a generated task id; choose another</source>
        <translation>« %1 » est un identifiant de tâche généré ; choisissez-en un autre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <source>cannot depend on &quot;%1&quot; (the milestones close the network)</source>
        <translation>ne peut pas dépendre de « %1 » (les jalons ferment le réseau)</translation>
    </message>
    <message>
        <source>a task cannot depend on itself</source>
        <translation>une tâche ne peut pas dépendre d&apos;elle-même</translation>
    </message>
    <message>
        <source>unknown task id &quot;%1&quot;; use a generated id (%2) or another user task&apos;s id</source>
        <translation>identifiant de tâche inconnu « %1 » ; utilisez un identifiant généré (%2) ou celui d&apos;une autre tâche utilisateur</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>cycle de dépendances : %1</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as USD, got &quot;%1&quot;</source>
        <translation>doit être un code ISO 4217 à trois lettres comme USD, reçu « %1 »</translation>
    </message>
    <message>
        <source>The queued %1 MW of grid arrives %2, after the planning horizon</source>
        <translation>Les %1 MW de raccordement en attente arrivent en %2, après l&apos;horizon de planification</translation>
    </message>
    <message>
        <source>The queued %1 MW of grid adds no IT load: the electrical capacity, not the grid, limits IT — add electrical blocks or drop the queue</source>
        <translation>Les %1 MW de raccordement en attente n&apos;ajoutent aucune charge IT : c&apos;est la capacité électrique, pas le réseau, qui limite l&apos;IT — ajoutez des blocs électriques ou abandonnez la file d&apos;attente</translation>
    </message>
    <message>
        <source>No IT load fits: check the electrical blocks and the converted share</source>
        <translation>Aucune charge IT ne tient : vérifiez les blocs électriques et la part convertie</translation>
    </message>
    <message>
        <source>Ready for service in month %1, after the planning horizon: the conversion earns nothing within it</source>
        <translation>Mise en service au mois %1, après l&apos;horizon de planification : la conversion ne rapporte rien sur cet horizon</translation>
    </message>
    <message>
        <source>GPUs arrive before the hall is ready: %1 idle GPU-months cost about %2 of NPV</source>
        <translation>Les GPU arrivent avant que la salle soit prête : %1 mois-GPU inutilisés coûtent environ %2 de VAN</translation>
    </message>
    <message>
        <source>The GPU step installs no GPUs: check the GPUs per rack</source>
        <translation>L&apos;étape GPU n&apos;installe aucun GPU : vérifiez le nombre de GPU par baie</translation>
    </message>
    <message>
        <source>The minimum DSCR is %1, below the covenant of %2: less debt, a longer tenor or a lower rate</source>
        <translation>Le DSCR minimal est de %1, sous le covenant de %2 : moins de dette, une durée plus longue ou un taux plus bas</translation>
    </message>
    <message>
        <source>Racks draw %1 kW; %2 removes at most %3 kW per rack</source>
        <translation>Les baies appellent %1 kW ; le %2 évacue au plus %3 kW par baie</translation>
    </message>
    <message>
        <source>%1 requires liquid cooling, but the plan uses %2</source>
        <translation>%1 exige un refroidissement liquide, mais le plan utilise le %2</translation>
    </message>
    <message>
        <source>The GPU step is disabled: there is no AI hall (%1) to earn from</source>
        <translation>L&apos;étape GPU est désactivée : il n&apos;y a pas de salle IA (%1) pour produire des revenus</translation>
    </message>
    <message>
        <source>A colocation lease needs at least %1 electrical redundancy; the plan has %2</source>
        <translation>Un bail de colocation exige au moins une redondance électrique %1 ; le plan a %2</translation>
    </message>
    <message>
        <source>A colocation lease needs %1 certification; the plan has %2</source>
        <translation>Un bail de colocation exige la certification %1 ; le plan a %2</translation>
    </message>
    <message>
        <source>The mining fleet draws %1 MW, more than the %2 MW grid interconnect</source>
        <translation>Le parc de minage appelle %1 MW, plus que les %2 MW du raccordement au réseau</translation>
    </message>
    <message>
        <source>Racks give %1 kW per GPU; %2 needs at least %3</source>
        <translation>Les baies donnent %1 kW par GPU ; %2 exige au moins %3</translation>
    </message>
    <message>
        <source>Nothing is converted (0 %), but these steps are enabled and paid for: %1</source>
        <translation>Rien n&apos;est converti (0 %), mais ces étapes sont activées et payées : %1</translation>
    </message>
    <message>
        <source>Infeasible plan</source>
        <translation>Plan irréalisable</translation>
    </message>
    <message>
        <source>a task cannot precede itself</source>
        <translation>une tâche ne peut pas se précéder elle-même</translation>
    </message>
    <message>
        <source>cannot precede &quot;grid-upgrade&quot; (the queued grid&apos;s date is set by the queue, gridQueue.availableMonth; make the task precede &quot;commissioning&quot; instead)</source>
        <translation>ne peut pas précéder &quot;grid-upgrade&quot; (la date du réseau en file d&apos;attente est fixée par la file, gridQueue.availableMonth ; faites plutôt précéder &quot;commissioning&quot;)</translation>
    </message>
    <message>
        <source>electrical rebuild</source>
        <translation>refonte électrique</translation>
    </message>
    <message>
        <source>facility works</source>
        <translation>travaux du bâtiment</translation>
    </message>
    <message>
        <source>A GPU cloud&apos;s own servers need a protected hall (UPS and generators, sealing and fire suppression); the plan lacks: %1</source>
        <translation>Les serveurs propres d&apos;un cloud GPU exigent une salle protégée (onduleurs et groupes électrogènes, étanchéité et extinction d&apos;incendie) ; il manque au plan : %1</translation>
    </message>
    <message>
        <source>USD %1 billion</source>
        <translation>%1 milliards USD</translation>
    </message>
    <message>
        <source>USD %1 million</source>
        <translation>%1 millions USD</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>degrés</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blocs</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>tranches</translation>
    </message>
    <message>
        <source>%/year</source>
        <translation>%/an</translation>
    </message>
    <message>
        <source>USD/MW/year</source>
        <translation>USD/MW/an</translation>
    </message>
    <message>
        <source>USD/PH/day</source>
        <translation>USD/PH/jour</translation>
    </message>
    <message>
        <source>USD/kW/month</source>
        <translation>USD/kW/mois</translation>
    </message>
    <message>
        <source>must be one of the ASHRAE annual percentiles 0.4, 1 or 2 (%), got %1</source>
        <translation>doit être l&apos;un des centiles annuels ASHRAE 0,4, 1 ou 2 (%), reçu %1</translation>
    </message>
    <message>
        <source>must be USD (the model computes in US dollars only), got &quot;%1&quot;</source>
        <translation>doit être USD (le modèle calcule uniquement en dollars américains), reçu « %1 »</translation>
    </message>
</context>
<context>
    <name>ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <source>Opened %1 (upgraded from file version %2; saving writes the new version)</source>
        <translation>%1 ouvert (mis à niveau depuis la version de fichier %2 ; l&apos;enregistrement écrit la nouvelle version)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>Aucun site sélectionné</translation>
    </message>
    <message>
        <source>Internal error: portfolio edit touched the sites</source>
        <translation>Erreur interne : une modification du portefeuille a touché les sites</translation>
    </message>
    <message>
        <source>Add site %1</source>
        <translation>Ajouter le site %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate site %1</source>
        <translation>Dupliquer le site %1</translation>
    </message>
    <message>
        <source>A portfolio keeps at least one site</source>
        <translation>Un portefeuille garde au moins un site</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: cannot open: schema %2 cannot be upgraded: this version reads schemas %3 to %4</source>
        <translation>%1 : ouverture impossible : le schéma %2 ne peut pas être mis à niveau : cette version lit les schémas %3 à %4</translation>
    </message>
    <message>
        <source>%1: cannot open: schema %2 cannot be upgraded: this version reads schema %3</source>
        <translation>%1 : ouverture impossible : le schéma %2 ne peut pas être mis à niveau : cette version lit le schéma %3</translation>
    </message>
    <message>
        <source>%1: cannot open: upgrading from schema %2 to %3 (%4) failed: %5</source>
        <translation>%1 : ouverture impossible : la mise à niveau du schéma %2 vers %3 (%4) a échoué : %5</translation>
    </message>
    <message>
        <source>%1: cannot open: upgrading from schema %2 to %3 (%4) failed: the schema version was not recorded</source>
        <translation>%1 : ouverture impossible : la mise à niveau du schéma %2 vers %3 (%4) a échoué : la version du schéma n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 is missing</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : la table %2 est absente</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 sites, more than the %3 a project may hold</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 sites, plus que les %3 qu&apos;un projet peut contenir</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: too many rows (%2)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : trop de lignes (%2)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 is empty</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : la table %2 est vide</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not 1</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 ne vaut pas 1</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has more than one row</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : la table %2 a plus d&apos;une ligne</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: repeated technology</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : technologie répétée</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: no row for %3</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : aucune ligne pour %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: too many sites</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : trop de sites</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: site id %2 is repeated</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : l&apos;identifiant de site %2 est répété</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has a row for a site that does not exist</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : la table %2 a une ligne pour un site qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: more than one row in the table %3</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : plus d&apos;une ligne dans la table %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: no row in the table %3</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : aucune ligne dans la table %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3 is not 1..12</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : %3 n&apos;est pas compris entre 1 et 12</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 has month %3 twice</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 contient deux fois le mois %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2.climate: the file lacks some of the 12 months</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2.climate : il manque au fichier certains des 12 mois</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is beyond the task limit</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 dépasse la limite de tâches</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is repeated</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 est répété</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has a row for a task that does not exist</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : la table %2 a une ligne pour une tâche qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: position %3 is repeated (%4)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : la position %3 est répétée (%4)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: more than %3 dependencies</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : plus de %3 dépendances</translation>
    </message>
    <message>
        <source>%1: not enough memory to read it (%2 bytes)</source>
        <translation>%1 : mémoire insuffisante pour le lire (%2 octets)</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: the file changed while it was being read; try again</source>
        <translation>%1 : le fichier a changé pendant sa lecture ; réessayez</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1 : ouverture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1 : ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: %2-journal beside it holds a write of another program interrupted by a crash; open the file once in the sqlite3 shell to roll it back, then try again</source>
        <translation>%1 : le fichier %2-journal à côté contient une écriture d&apos;un autre programme interrompue par un plantage ; ouvrez une fois le fichier dans le shell sqlite3 pour l&apos;annuler, puis réessayez</translation>
    </message>
    <message>
        <source>%1: %2-wal beside it holds changes from another program or a crash that are not in the file yet; open the file once in the sqlite3 shell to keep them, or remove %3-wal to discard them</source>
        <translation>%1 : le fichier %2-wal à côté contient des modifications d&apos;un autre programme ou d&apos;un plantage qui ne sont pas encore dans le fichier ; ouvrez une fois le fichier dans le shell sqlite3 pour les conserver, ou supprimez %3-wal pour les abandonner</translation>
    </message>
    <message>
        <source>%1: larger than 1 GiB; not a Mine2AI project</source>
        <translation>%1 : plus de 1 Gio ; ce n&apos;est pas un projet Mine2AI</translation>
    </message>
    <message>
        <source>%1: not a Mine2AI project (not an SQLite database)</source>
        <translation>%1 : ce n&apos;est pas un projet Mine2AI (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>%1: the file is damaged (truncated to %2 bytes)</source>
        <translation>%1 : le fichier est endommagé (tronqué à %2 octets)</translation>
    </message>
    <message>
        <source>%1: an SQLite database of another application (application_id %2), not a Mine2AI project</source>
        <translation>%1 : une base de données SQLite d&apos;une autre application (application_id %2), pas un projet Mine2AI</translation>
    </message>
    <message>
        <source>%1: made by a newer Mine2AI, schema %2; this version reads up to %3</source>
        <translation>%1 : créé par une version plus récente de Mine2AI, schéma %2 ; cette version lit jusqu&apos;au schéma %3</translation>
    </message>
    <message>
        <source>%1: the file is damaged (truncated: %2 of %3 bytes)</source>
        <translation>%1 : le fichier est endommagé (tronqué : %2 octets sur %3)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: quick_check returned nothing</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : quick_check n&apos;a rien renvoyé</translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2)</source>
        <translation>%1 : le fichier est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1: refused: reading it takes too much work (hostile file?)</source>
        <translation>%1 : refusé : sa lecture demande trop de travail (fichier malveillant ?)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project (%2)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI (%2)</translation>
    </message>
    <message>
        <source>%1: invalid values: %2</source>
        <translation>%1 : valeurs non valides : %2</translation>
    </message>
    <message>
        <source>cannot save %1: no file name</source>
        <translation>impossible d&apos;enregistrer %1 : aucun nom de fichier</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>cannot save %1: it is a folder</source>
        <translation>impossible d&apos;enregistrer %1 : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot save %1: %2-journal beside it holds a write of another program interrupted by a crash; open the file once in the sqlite3 shell to roll it back, then try again</source>
        <translation>impossible d&apos;enregistrer %1 : le fichier %2-journal à côté contient une écriture d&apos;un autre programme interrompue par un plantage ; ouvrez une fois le fichier dans le shell sqlite3 pour l&apos;annuler, puis réessayez</translation>
    </message>
    <message>
        <source>cannot save %1: %2-wal beside it holds changes from another program or a crash that are not in the file yet; open the file once in the sqlite3 shell to keep them, or remove %3-wal to discard them</source>
        <translation>impossible d&apos;enregistrer %1 : le fichier %2-wal à côté contient des modifications d&apos;un autre programme ou d&apos;un plantage qui ne sont pas encore dans le fichier ; ouvrez une fois le fichier dans le shell sqlite3 pour les conserver, ou supprimez %3-wal pour les abandonner</translation>
    </message>
    <message>
        <source>cannot save %1: cannot create a file in %2 (%3)</source>
        <translation>impossible d&apos;enregistrer %1 : impossible de créer un fichier dans %2 (%3)</translation>
    </message>
    <message>
        <source>cannot save %1: cannot flush the new file to disk (%2)</source>
        <translation>impossible d&apos;enregistrer %1 : impossible d&apos;écrire le nouveau fichier sur le disque (%2)</translation>
    </message>
    <message>
        <source>cannot save %1: cannot replace the file (%2)</source>
        <translation>impossible d&apos;enregistrer %1 : impossible de remplacer le fichier (%2)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds a blob)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas un nombre (%3 contient un blob)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds NULL)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas un nombre (%3 contient NULL)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a number (%3 holds text)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas un nombre (%3 contient du texte)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds a blob)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas un nombre entier (%3 contient un blob)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds NULL)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas un nombre entier (%3 contient NULL)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds a real number)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas un nombre entier (%3 contient un nombre réel)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a whole number (%3 holds text)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas un nombre entier (%3 contient du texte)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a blob)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas du texte (%3 contient un blob)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds NULL)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas du texte (%3 contient NULL)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a real number)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas du texte (%3 contient un nombre réel)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not text (%3 holds a whole number)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas du texte (%3 contient un nombre entier)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds a blob, not a whole number</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 contient un blob, pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds NULL, not a whole number</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 contient NULL, pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds a real number, not a whole number</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 contient un nombre réel, pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds text, not a whole number</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 contient du texte, pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a finite number</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is out of range</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 est hors limites</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not 0 or 1</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 ne vaut ni 0 ni 1</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is longer than %3 bytes</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 dépasse %3 octets</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 &apos;%3&apos; is not one of %4</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : « %3 » ne fait pas partie de %4</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a blob of float32 values</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas un blob de valeurs float32</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 changed while it was read</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : la table %2 a changé pendant sa lecture</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 more than one row in the table %3</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : plus d&apos;une ligne dans la table %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 needs both a dry-bulb and a wet-bulb, or neither</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 demande à la fois une température sèche et une température humide, ou aucune des deux</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 &apos;%3&apos; is not %4</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : « %3 » n&apos;est pas %4</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3 is not 8760 or 8784</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : %3 ne vaut ni 8760 ni 8784</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has more rows than a project has sites</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : la table %2 a plus de lignes que le projet n&apos;a de sites</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: more than %2 input notes (%3)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : plus de %2 notes de saisie (%3)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is &apos;%3&apos;, not fixed, triangular, pert, normal or lognormal</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 vaut « %3 », et non fixed, triangular, pert, normal ou lognormal</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is &apos;%3&apos;, not YYYY-MM</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 vaut « %3 », et non AAAA-MM (YYYY-MM)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: the table %2 has %3 rows, more than the %4 allowed</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : la table %2 a %3 lignes, plus que les %4 autorisées</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 scenarios, more than the %3 allowed</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 scénarios, plus que les %3 autorisés</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 scenario overrides, more than the %3 allowed</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 valeurs modifiées de scénario, plus que les %3 autorisées</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is missing (%3 jumps to %4)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 est absent (%3 passe directement à %4)</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 %3 names no scenario</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 %3 ne désigne aucun scénario</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is a flag but %3 is not 0 or 1</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 est un indicateur mais %3 ne vaut ni 0 ni 1</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 has kind &apos;%3&apos;, not number, flag or choice</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 est de type « %3 », et non number, flag ou choice</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: %3 is %4</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : %3 vaut %4</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2: more than %3 links</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : plus de %3 liens</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 must be one of 0.4, 1 or 2 (%)</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 doit valoir 0,4, 1 ou 2 (%)</translation>
    </message>
    <message>
        <source>cannot save %1: %2: text of %3 bytes is longer than the %4 bytes a project file stores</source>
        <translation>impossible d&apos;enregistrer %1 : %2 : un texte de %3 octets dépasse les %4 octets qu&apos;un fichier de projet enregistre</translation>
    </message>
    <message>
        <source>cannot save %1: %2.plan.extraTasks: %3 tasks, more than the %4 a project file stores</source>
        <translation>impossible d&apos;enregistrer %1 : %2.plan.extraTasks : %3 tâches, plus que les %4 qu&apos;un fichier de projet enregistre</translation>
    </message>
    <message>
        <source>cannot save %1: %2: more than %3 task ids</source>
        <translation>impossible d&apos;enregistrer %1 : %2 : plus de %3 identifiants de tâche</translation>
    </message>
    <message>
        <source>cannot save %1: %2 sites, more than the %3 a project file stores</source>
        <translation>impossible d&apos;enregistrer %1 : %2 sites, plus que les %3 qu&apos;un fichier de projet enregistre</translation>
    </message>
    <message>
        <source>cannot save %1: invalid values: %2</source>
        <translation>impossible d&apos;enregistrer %1 : valeurs non valides : %2</translation>
    </message>
    <message>
        <source>cannot save %1: the disk is full (%2); the previous file is unchanged</source>
        <translation>impossible d&apos;enregistrer %1 : le disque est plein (%2) ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>cannot save %1: the file size limit was reached (%2 bytes); the previous file is unchanged</source>
        <translation>impossible d&apos;enregistrer %1 : la taille maximale de fichier a été atteinte (%2 octets) ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>cannot save %1: the disk is full (%2 bytes free); the previous file is unchanged</source>
        <translation>impossible d&apos;enregistrer %1 : le disque est plein (%2 octets libres) ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>cannot save %1: write error (%2); the previous file is unchanged</source>
        <translation>impossible d&apos;enregistrer %1 : erreur d&apos;écriture (%2) ; le fichier précédent est inchangé</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 holds %3 bytes; %4 hours of float32 take %5</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 contient %3 octets ; %4 heures en float32 en occupent %5</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 is not a finite number at hour %3</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 n&apos;est pas un nombre fini à l&apos;heure %3</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 dry-bulb at hour %3 outside −90…60 °C</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : température sèche de l&apos;heure %3 hors de −90…60 °C</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 wet-bulb at hour %3 above the dry-bulb or not a number</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : température humide de l&apos;heure %3 supérieure à la température sèche ou non numérique</translation>
    </message>
    <message>
        <source>%1: damaged or not a Mine2AI project: %2 pressure at hour %3 outside 30000…110000 Pa</source>
        <translation>%1 : fichier endommagé ou qui n&apos;est pas un projet Mine2AI : %2 : pression de l&apos;heure %3 hors de 30000…110000 Pa</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>nothing to draw</source>
        <translation>rien à tracer</translation>
    </message>
    <message>
        <source>Hourly PUE, duration curve</source>
        <translation>PUE horaire, courbe des durées</translation>
    </message>
    <message>
        <source>PUE duration curve (monthly means; no hourly weather)</source>
        <translation>Courbe des durées du PUE (moyennes mensuelles ; pas de météo horaire)</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Annual %1</source>
        <translation>Annuel %1</translation>
    </message>
    <message>
        <source>Design day %1</source>
        <translation>Jour de dimensionnement %1</translation>
    </message>
    <message>
        <source>Hours in the year at or above this PUE</source>
        <translation>Heures de l&apos;année à ce PUE ou au-dessus</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Hours in each cooling mode, by technology</source>
        <translation>Heures par mode de refroidissement, par technologie</translation>
    </message>
    <message>
        <source>Cooling modes</source>
        <translation>Modes de refroidissement</translation>
    </message>
    <message>
        <source>%1 (this site)</source>
        <translation>%1 (ce site)</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Heures par an</translation>
    </message>
    <message>
        <source>! RFS, full</source>
        <translation>! MES, pleine</translation>
    </message>
    <message>
        <source>! RFS</source>
        <translation>! MES</translation>
    </message>
    <message>
        <source>! full</source>
        <translation>! pleine</translation>
    </message>
    <message>
        <source>first RFS and full capacity</source>
        <translation>première MES et pleine capacité</translation>
    </message>
    <message>
        <source>first RFS</source>
        <translation>première MES</translation>
    </message>
    <message>
        <source>full capacity</source>
        <translation>pleine capacité</translation>
    </message>
    <message>
        <source>neither milestone (has float)</source>
        <translation>aucun jalon (a de la marge)</translation>
    </message>
    <message>
        <source>%1 (month %2)</source>
        <translation>%1 (mois %2)</translation>
    </message>
    <message>
        <source>Task (month)</source>
        <translation>Tâche (mois)</translation>
    </message>
    <message>
        <source>RFS</source>
        <translation>MES</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Pleine</translation>
    </message>
    <message>
        <source>Critical for ! RFS / ! full</source>
        <translation>Critique pour ! MES / ! pleine</translation>
    </message>
    <message>
        <source>Task with float</source>
        <translation>Tâche avec marge</translation>
    </message>
    <message>
        <source>Total float</source>
        <translation>Marge totale</translation>
    </message>
    <message>
        <source>First RFS: %1 · Full capacity: %2</source>
        <translation>Première MES : %1 · Pleine capacité : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Mine2AI Planner chart</source>
        <translation>Graphique Mine2AI Planner</translation>
    </message>
    <message>
        <source>AI capacity online by site</source>
        <translation>Capacité IA en service par site</translation>
    </message>
    <message>
        <source>IT MW</source>
        <translation>MW IT</translation>
    </message>
    <message>
        <source>IT power online (MW)</source>
        <translation>Puissance IT en service (MW)</translation>
    </message>
    <message>
        <source>NPV by site</source>
        <translation>VAN par site</translation>
    </message>
    <message>
        <source>|NPV vs mining|</source>
        <translation>|VAN vs minage|</translation>
    </message>
    <message>
        <source>%1 (infeasible)</source>
        <translation>%1 (irréalisable)</translation>
    </message>
    <message>
        <source>USD M (discounted)</source>
        <translation>M USD (actualisés)</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Prix de l&apos;électricité</translation>
    </message>
    <message>
        <source>Colocation rent</source>
        <translation>Loyer de colocation</translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation>Prix par heure-GPU</translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation>Hashprice</translation>
    </message>
    <message>
        <source>Capex: GPU fit-out</source>
        <translation>CAPEX : aménagement GPU</translation>
    </message>
    <message>
        <source>Capex: electrical</source>
        <translation>CAPEX : électricité</translation>
    </message>
    <message>
        <source>Capex: cooling</source>
        <translation>CAPEX : refroidissement</translation>
    </message>
    <message>
        <source>Capex: facility</source>
        <translation>CAPEX : bâtiment</translation>
    </message>
    <message>
        <source>GPU price</source>
        <translation>Prix des GPU</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Taux d&apos;actualisation</translation>
    </message>
    <message>
        <source>Long-lead durations</source>
        <translation>Durées à long délai</translation>
    </message>
    <message>
        <source>PUE overhead</source>
        <translation>Surcoût de PUE</translation>
    </message>
    <message>
        <source>Incremental NPV: each input ±%1 %</source>
        <translation>VAN incrémentale : chaque donnée ±%1 %</translation>
    </message>
    <message>
        <source>Input %1 % lower</source>
        <translation>Donnée inférieure de %1 %</translation>
    </message>
    <message>
        <source>Input %1 % higher</source>
        <translation>Donnée supérieure de %1 %</translation>
    </message>
    <message>
        <source>Change in incremental NPV (USD M; base %1)</source>
        <translation>Variation de la VAN incrémentale (M USD ; base %1)</translation>
    </message>
    <message>
        <source>Spider: incremental NPV against each input</source>
        <translation>Diagramme en araignée : VAN incrémentale selon chaque donnée</translation>
    </message>
    <message>
        <source>Change in the input (%)</source>
        <translation>Variation de la donnée (%)</translation>
    </message>
    <message>
        <source>Incremental NPV (USD M)</source>
        <translation>VAN incrémentale (M USD)</translation>
    </message>
    <message>
        <source>Incremental NPV over %1 trials (P10 %2, P50 %3, P90 %4 USD M)</source>
        <translation>VAN incrémentale sur %1 tirages (P10 %2, P50 %3, P90 %4 M USD)</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Tirages</translation>
    </message>
    <message>
        <source>First RFS: S-curve (in service by %1 in %2 % of trials)</source>
        <translation>Première MES : courbe en S (en service au %1 dans %2 % des tirages)</translation>
    </message>
    <message>
        <source>Trials in service (%)</source>
        <translation>Tirages en service (%)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Power budget before and after conversion</source>
        <translation>Bilan de puissance avant et après conversion</translation>
    </message>
    <message>
        <source>Power budget</source>
        <translation>Bilan de puissance</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Facility power (MW)</source>
        <translation>Puissance du site (MW)</translation>
    </message>
    <message>
        <source>PUE by month</source>
        <translation>PUE par mois</translation>
    </message>
    <message>
        <source>%1 (energy-weighted)</source>
        <translation>%1 (pondéré par l&apos;énergie)</translation>
    </message>
    <message>
        <source>Calendar month (1 = January)</source>
        <translation>Mois calendaire (1 = janvier)</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Mois calendaire</translation>
    </message>
    <message>
        <source>AI capacity online</source>
        <translation>Capacité IA en service</translation>
    </message>
    <message>
        <source>Cumulative net cash: converting vs keep mining</source>
        <translation>Trésorerie nette cumulée : conversion vs poursuite du minage</translation>
    </message>
    <message>
        <source>Cumulative (USD M)</source>
        <translation>Cumul (M USD)</translation>
    </message>
    <message>
        <source>Capex by conversion step</source>
        <translation>CAPEX par étape de conversion</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>ASIC resale</source>
        <translation>Revente des ASIC</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Provision pour aléas</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>GPU install</source>
        <translation>Installation des GPU</translation>
    </message>
    <message>
        <source>Capex (USD M)</source>
        <translation>CAPEX (M USD)</translation>
    </message>
    <message>
        <source>%1: %2 is outside the allowed range %3 to %4%5 — kept the previous value</source>
        <translation>%1 : %2 est hors de la plage autorisée %3 à %4%5 — valeur précédente conservée</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number — kept the previous value</source>
        <translation>%1 : %2 n&apos;est pas un nombre entier — valeur précédente conservée</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write into folder %1</source>
        <translation>impossible d&apos;écrire dans le dossier %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>%1 schedule</source>
        <translation>Planning de %1</translation>
    </message>
    <message>
        <source>cannot add sheet %1</source>
        <translation>impossible d&apos;ajouter la feuille %1</translation>
    </message>
    <message>
        <source>sheet %1, row %2, column %3: %4</source>
        <translation>feuille %1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>impossible de créer un dossier temporaire</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>impossible de créer le classeur</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>impossible d&apos;écrire le classeur : %1</translation>
    </message>
    <message>
        <source>Design day and year</source>
        <translation>Jour de dimensionnement et année</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Météo</translation>
    </message>
    <message>
        <source>%1 hours: %2</source>
        <translation>%1 heures : %2</translation>
    </message>
    <message>
        <source>Design condition</source>
        <translation>Condition de dimensionnement</translation>
    </message>
    <message>
        <source>%1 % of hours: %2 °C dry-bulb, %3 °C wet-bulb</source>
        <translation>%1 % des heures : %2 °C sec, %3 °C humide</translation>
    </message>
    <message>
        <source>Hours above design</source>
        <translation>Heures au-dessus du dimensionnement</translation>
    </message>
    <message>
        <source>PUE annual / design day</source>
        <translation>PUE annuel / jour de dimensionnement</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Worst hour PUE</source>
        <translation>PUE de la pire heure</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>Charge IT</translation>
    </message>
    <message>
        <source>%1, limited by %2</source>
        <translation>%1, limitée par %2</translation>
    </message>
    <message>
        <source>the electrical chain</source>
        <translation>la chaîne électrique</translation>
    </message>
    <message>
        <source>the grid at the design-day PUE</source>
        <translation>le réseau au PUE du jour de dimensionnement</translation>
    </message>
    <message>
        <source>Site elevation</source>
        <translation>Altitude du site</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>PUE hourly</source>
        <translation>PUE horaire</translation>
    </message>
    <message>
        <source>PUE from means</source>
        <translation>PUE des moyennes</translation>
    </message>
    <message>
        <source>Design PUE</source>
        <translation>PUE de dimensionnement</translation>
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
        <translation>h économiseur</translation>
    </message>
    <message>
        <source>Mechanical h</source>
        <translation>h mécanique</translation>
    </message>
    <message>
        <source>Climate: %1</source>
        <translation>Climat : %1</translation>
    </message>
    <message>
        <source>PUE and water are computed hour by hour from the site&apos;s weather; the power budget sizes IT so that the facility at the design condition fits the grid (cooling is capped there, so no hour draws more). Technologies compared at 30 MW IT on 40 MW installed.</source>
        <translation>Le PUE et l&apos;eau sont calculés heure par heure à partir de la météo du site ; le bilan de puissance dimensionne l&apos;IT pour que le site, à la condition de dimensionnement, tienne dans le raccordement (le refroidissement y est plafonné, donc aucune heure n&apos;appelle davantage). Technologies comparées à 30 MW IT sur 40 MW installés.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Synthèse du portefeuille</translation>
    </message>
    <message>
        <source>Appendix: assumptions and sources</source>
        <translation>Annexe : hypothèses et sources</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Sections (the title page is always included)</source>
        <translation>Sections (la page de titre est toujours incluse)</translation>
    </message>
    <message>
        <source>One page per site:</source>
        <translation>Une page par site :</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Format du papier :</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Préparation de l&apos;aperçu avant impression…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Preparing the print preview: page %1 of %2</source>
        <translation>Préparation de l&apos;aperçu avant impression : page %1 sur %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation>Écriture du rapport PDF…</translation>
    </message>
    <message>
        <source>Writing the PDF report: page %1 of %2</source>
        <translation>Écriture du rapport PDF : page %1 sur %2</translation>
    </message>
    <message>
        <source>Export all charts to folder</source>
        <translation>Exporter tous les graphiques dans un dossier</translation>
    </message>
    <message>
        <source>Exporting the charts…</source>
        <translation>Exportation des graphiques…</translation>
    </message>
    <message>
        <source>Exporting the charts: chart %1 of %2</source>
        <translation>Exportation des graphiques : graphique %1 sur %2</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>Wrote %1 files (PNG and SVG) to %2.</source>
        <translation>%1 fichiers (PNG et SVG) écrits dans %2.</translation>
    </message>
    <message>
        <source>Export tables to folder</source>
        <translation>Exporter les tableaux dans un dossier</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Exporter les tableaux</translation>
    </message>
    <message>
        <source>Wrote %1 CSV files and tables.xlsx to %2.</source>
        <translation>%1 fichiers CSV et tables.xlsx écrits dans %2.</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 — conversion plan report</source>
        <translation>%1 — rapport de plan de conversion</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Mine2AI Planner</source>
        <translation>Mine2AI Planner</translation>
    </message>
    <message>
        <source>%1 · scenario %2 · Mine2AI Planner %3</source>
        <translation>%1 · scénario %2 · Mine2AI Planner %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Sensitivity and risk</source>
        <translation>Sensibilité et risque</translation>
    </message>
    <message>
        <source>MINE2AI PLANNER</source>
        <translation>MINE2AI PLANNER</translation>
    </message>
    <message>
        <source>Conversion plan report</source>
        <translation>Rapport de plan de conversion</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Mine2AI Planner %1</source>
        <translation>Mine2AI Planner %1</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Mois de début</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>%1 years, discount rate %2</source>
        <translation>%1 ans, taux d&apos;actualisation %2</translation>
    </message>
    <message>
        <source>Sites in this report</source>
        <translation>Sites de ce rapport</translation>
    </message>
    <message>
        <source>Portfolio at a glance</source>
        <translation>Le portefeuille en bref</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation>Raccordement actuel</translation>
    </message>
    <message>
        <source>AI IT capacity</source>
        <translation>Capacité IT IA</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Conversion capex</source>
        <translation>CAPEX de conversion</translation>
    </message>
    <message>
        <source>NPV, converting</source>
        <translation>VAN, conversion</translation>
    </message>
    <message>
        <source>NPV, keep mining</source>
        <translation>VAN, poursuite du minage</translation>
    </message>
    <message>
        <source>Incremental NPV of converting</source>
        <translation>VAN incrémentale de la conversion</translation>
    </message>
    <message>
        <source>All figures are computed by the Mine2AI Planner engines from the inputs and cost assumptions listed in this report (see the appendix). Money is in %1, NPV discounted monthly at the portfolio discount rate over the horizon. Estimates are marked as such in the appendix; check them against quotes before committing capital.</source>
        <translation>Tous les chiffres sont calculés par les moteurs de Mine2AI Planner à partir des données et des hypothèses de coûts listées dans ce rapport (voir l&apos;annexe). Les montants sont en %1, la VAN actualisée mensuellement au taux d&apos;actualisation du portefeuille sur l&apos;horizon. Les estimations sont signalées comme telles dans l&apos;annexe ; vérifiez-les avec des devis avant d&apos;engager des capitaux.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Conv.</translation>
    </message>
    <message>
        <source>Grid MW today / queue</source>
        <translation>MW réseau actuel / file</translation>
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
        <translation>TRI incr.</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Feasible total</source>
        <translation>Total réalisable</translation>
    </message>
    <message>
        <source>Portfolio total</source>
        <translation>Total du portefeuille</translation>
    </message>
    <message>
        <source>%1. %2 (infeasible)</source>
        <translation>%1. %2 (irréalisable)</translation>
    </message>
    <message>
        <source>%1. %2 (USD %3 M/MW)</source>
        <translation>%1. %2 (%3 M USD/MW)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1. Δ NPV = incremental NPV of converting vs keep mining; incremental IRR = IRR of converting&apos;s monthly net minus keep-mining&apos;s. Convert first (Δ NPV per MW of IT): %2</source>
        <translation>%1. Δ VAN = VAN incrémentale de la conversion par rapport au minage ; TRI incrémental = TRI du flux net mensuel de la conversion moins celui du minage. À convertir en premier (Δ VAN par MW IT) : %2</translation>
    </message>
    <message>
        <source>
Infeasible — no AI revenue, ranked last, left out of the totals: %1</source>
        <translation>
Irréalisables — sans revenu IA, classés en dernier, exclus des totaux : %1</translation>
    </message>
    <message>
        <source>Schedule overview: conversion start to first RFS (filled) and full capacity (hollow)</source>
        <translation>Aperçu du planning : du début de la conversion à la première MES (plein) et à la pleine capacité (creux)</translation>
    </message>
    <message>
        <source>RFS %1</source>
        <translation>MES %1</translation>
    </message>
    <message>
        <source>, full %1</source>
        <translation>, pleine %1</translation>
    </message>
    <message>
        <source>Monte Carlo on schedule and money together: %1 trials, seed %2. Market prices (hashprice, GPU-hour, GPU) are drawn once per trial for the whole portfolio; power price, rent, utilisation, capex overrun, PUE and every task duration per site (docs/model.md &quot;Sensitivity and risk&quot;). P(beats mining): share of trials with incremental NPV &gt; 0; P(RFS by %3): share in service by that month.</source>
        <translation>Monte-Carlo sur le planning et l&apos;argent ensemble : %1 tirages, graine %2. Les prix de marché (hashprice, heure-GPU, GPU) sont tirés une fois par tirage pour tout le portefeuille ; le prix de l&apos;électricité, le loyer, le taux d&apos;utilisation, le dépassement de CAPEX, le PUE et chaque durée de tâche par site (docs/model.md « Sensitivity and risk »). P(bat le minage) : part des tirages avec une VAN incrémentale &gt; 0 ; P(MES au %3) : part en service à ce mois.</translation>
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
        <translation>P(bat le minage)</translation>
    </message>
    <message>
        <source>First RFS P10</source>
        <translation>Première MES P10</translation>
    </message>
    <message>
        <source>P(RFS by %1)</source>
        <translation>P(MES au %1)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Inputs and conversion steps</source>
        <translation>Données et étapes de conversion</translation>
    </message>
    <message>
        <source> + %1 from %2</source>
        <translation> + %1 à partir de %2</translation>
    </message>
    <message>
        <source>colocation, USD %1/kW-mo + power</source>
        <translation>colocation, %1 USD/kW-mois + électricité</translation>
    </message>
    <message>
        <source>colocation, USD %1/kW-mo incl. power</source>
        <translation>colocation, %1 USD/kW-mois électricité comprise</translation>
    </message>
    <message>
        <source>GPU cloud, USD %1/GPU-h, %2 sold</source>
        <translation>cloud GPU, %1 USD/heure-GPU, %2 vendues</translation>
    </message>
    <message>
        <source>sealing</source>
        <translation>étanchéification</translation>
    </message>
    <message>
        <source>fire suppression</source>
        <translation>extinction d&apos;incendie</translation>
    </message>
    <message>
        <source>BMS</source>
        <translation>GTB</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>%1, %2°, %3°</source>
        <translation>%1, %2°, %3°</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>%1, USD %2/MWh (%3/yr)</source>
        <translation>%1, %2 USD/MWh (%3/an)</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>CO₂ réseau</translation>
    </message>
    <message>
        <source>%1 g CO₂/kWh</source>
        <translation>%1 g CO₂/kWh</translation>
    </message>
    <message>
        <source>Mining fleet</source>
        <translation>Parc minier</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 kW)</source>
        <translation>%1 × %2 (%3 kW)</translation>
    </message>
    <message>
        <source>USD %1/PH/day (%2/yr)</source>
        <translation>%1 USD/PH/jour (%2/an)</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>%1 of grid, %2</source>
        <translation>%1 du raccordement, %2</translation>
    </message>
    <message>
        <source>1 GPU install</source>
        <translation>1 Install. GPU</translation>
    </message>
    <message>
        <source>%1 kW/rack, %2 GPUs, %3</source>
        <translation>%1 kW/baie, %2 GPU, %3</translation>
    </message>
    <message>
        <source>custom platform</source>
        <translation>plateforme personnalisée</translation>
    </message>
    <message>
        <source>2 Electrical</source>
        <translation>2 Électricité</translation>
    </message>
    <message>
        <source>%1, %2 × %3 blocks</source>
        <translation>%1, %2 × %3 blocs</translation>
    </message>
    <message>
        <source>3 Cooling</source>
        <translation>3 Refroid.</translation>
    </message>
    <message>
        <source>4 Facility</source>
        <translation>4 Bâtiment</translation>
    </message>
    <message>
        <source>GPU delivery</source>
        <translation>Livr. GPU</translation>
    </message>
    <message>
        <source>when procurement ends</source>
        <translation>à la fin des achats</translation>
    </message>
    <message>
        <source>Energisation</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>%1 phase(s), %2 months apart</source>
        <translation>%1 tranche(s), à %2 mois d&apos;intervalle</translation>
    </message>
    <message>
        <source>Extra tasks</source>
        <translation>Tâches supplémentaires</translation>
    </message>
    <message>
        <source>Power budget (MW)</source>
        <translation>Puissance (MW)</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Avg.</source>
        <translation>Moy.</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Electrical losses</source>
        <translation>Pertes électriques</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Grid now / with queue</source>
        <translation>Réseau actuel / avec file</translation>
    </message>
    <message>
        <source>Converted / mining grid</source>
        <translation>Réseau conv. / minage</translation>
    </message>
    <message>
        <source>Installed / usable chain</source>
        <translation>Chaîne install. / utile</translation>
    </message>
    <message>
        <source>Spare at peak</source>
        <translation>Réserve à la pointe</translation>
    </message>
    <message>
        <source>Mining before / after</source>
        <translation>Minage avant / après</translation>
    </message>
    <message>
        <source>Limit: electrical chain</source>
        <translation>Limite : chaîne élec.</translation>
    </message>
    <message>
        <source>Limit: grid</source>
        <translation>Limite : réseau</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Racks / GPUs</source>
        <translation>Baies / GPU</translation>
    </message>
    <message>
        <source>First ready for service</source>
        <translation>Première mise en service</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>Pleine capacité</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>CAPEX</translation>
    </message>
    <message>
        <source>Facility capex per MW IT</source>
        <translation>CAPEX bâtiment par MW IT</translation>
    </message>
    <message>
        <source>%1/MW</source>
        <translation>%1/MW</translation>
    </message>
    <message>
        <source>GPU purchase</source>
        <translation>Achat des GPU</translation>
    </message>
    <message>
        <source>NPV within horizon</source>
        <translation>VAN sur l&apos;horizon</translation>
    </message>
    <message>
        <source>Terminal value (PV)</source>
        <translation>Valeur terminale (VA)</translation>
    </message>
    <message>
        <source>Terminal value share of NPV</source>
        <translation>Valeur terminale / VAN</translation>
    </message>
    <message>
        <source>Incremental NPV</source>
        <translation>VAN incrémentale</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation>TRI incr. vs minage</translation>
    </message>
    <message>
        <source>IRR of converting</source>
        <translation>TRI de la conversion</translation>
    </message>
    <message>
        <source>Project IRR after tax (unlevered)</source>
        <translation>TRI projet après IS, sans dette</translation>
    </message>
    <message>
        <source>Equity IRR (after tax and debt)</source>
        <translation>TRI fonds propres (IS et dette)</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>DSCR minimal</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source> (below covenant)</source>
        <translation> (sous le covenant)</translation>
    </message>
    <message>
        <source>Income tax over the horizon</source>
        <translation>IS sur l&apos;horizon</translation>
    </message>
    <message>
        <source>Cost of 1 month delay</source>
        <translation>Coût d&apos;un mois de retard</translation>
    </message>
    <message>
        <source>Miners off, keep / remaining</source>
        <translation>Mineurs arrêtés, tout / reste</translation>
    </message>
    <message>
        <source>%1 / %2 months</source>
        <translation>%1 / %2 mois</translation>
    </message>
    <message>
        <source>PUE annual / peak</source>
        <translation>PUE annuel / de pointe</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>%1 t/yr</source>
        <translation>%1 t/an</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>%1 m³/yr</source>
        <translation>%1 m³/an</translation>
    </message>
    <message>
        <source>Idle-GPU cost (in NPV)</source>
        <translation>Coût GPU inutilisés (en VAN)</translation>
    </message>
    <message>
        <source>Keep mining (the plan is infeasible)</source>
        <translation>Poursuite du minage (le plan est irréalisable)</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Miners off</source>
        <translation>Mineurs arrêtés</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>Year from %1</source>
        <translation>Année à partir de %1</translation>
    </message>
    <message>
        <source>Site %1 of %2: %3</source>
        <translation>Site %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Infeasible — this plan cannot work: it earns no AI revenue, is ranked last and is left out of the portfolio totals.</source>
        <translation>Irréalisable — ce plan ne peut pas fonctionner : il ne produit aucun revenu IA, est classé en dernier et exclu des totaux du portefeuille.</translation>
    </message>
    <message>
        <source>Conversion schedule (critical path in red)</source>
        <translation>Planning de conversion (chemin critique en rouge)</translation>
    </message>
    <message>
        <source>No converting cash flow: the plan cannot work.</source>
        <translation>Aucun flux de trésorerie de conversion : le plan ne peut pas fonctionner.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Cost assumption</source>
        <translation>Hypothèse de coût</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit / basis</source>
        <translation>Unité / base</translation>
    </message>
    <message>
        <source>GPU fit-out (racks, network, distribution)</source>
        <translation>Aménagement GPU (baies, réseau, distribution)</translation>
    </message>
    <message>
        <source>USD M per MW of IT</source>
        <translation>M USD par MW IT</translation>
    </message>
    <message>
        <source>Electrical chain</source>
        <translation>Chaîne électrique</translation>
    </message>
    <message>
        <source>USD M per installed MW</source>
        <translation>M USD par MW installé</translation>
    </message>
    <message>
        <source>Cooling, %1</source>
        <translation>Refroidissement, %1</translation>
    </message>
    <message>
        <source>Sealing and dust filtration</source>
        <translation>Étanchéité et filtration</translation>
    </message>
    <message>
        <source>Fire suppression</source>
        <translation>Extinction d&apos;incendie</translation>
    </message>
    <message>
        <source>Monitoring / BMS</source>
        <translation>Supervision / GTB</translation>
    </message>
    <message>
        <source>Tier III certification works</source>
        <translation>Travaux de certification Tier III</translation>
    </message>
    <message>
        <source>Tier IV certification works</source>
        <translation>Travaux de certification Tier IV</translation>
    </message>
    <message>
        <source>% of capex</source>
        <translation>% du CAPEX</translation>
    </message>
    <message>
        <source>O&amp;M, AI hall</source>
        <translation>E&amp;M, salle IA</translation>
    </message>
    <message>
        <source>USD per MW of IT per year</source>
        <translation>USD par MW IT et par an</translation>
    </message>
    <message>
        <source>O&amp;M, mining</source>
        <translation>E&amp;M, minage</translation>
    </message>
    <message>
        <source>USD per MW per year</source>
        <translation>USD par MW et par an</translation>
    </message>
    <message>
        <source>USD per TH/s</source>
        <translation>USD par TH/s</translation>
    </message>
    <message>
        <source>GPU depreciation</source>
        <translation>Amortissement des GPU</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Colocation lease and property costs</source>
        <translation>Charges du bail de colocation et du bâtiment</translation>
    </message>
    <message>
        <source>% of rent</source>
        <translation>% du loyer</translation>
    </message>
    <message>
        <source>GPU cloud service costs</source>
        <translation>Charges du service cloud GPU</translation>
    </message>
    <message>
        <source>% of GPU revenue</source>
        <translation>% du chiffre d&apos;affaires GPU</translation>
    </message>
    <message>
        <source>GPU useful life</source>
        <translation>Durée de vie utile des GPU</translation>
    </message>
    <message>
        <source>years; then the fleet is bought again</source>
        <translation>ans ; puis le parc est racheté</translation>
    </message>
    <message>
        <source>years; then the fleet stops earning</source>
        <translation>ans ; puis le parc cesse de produire</translation>
    </message>
    <message>
        <source>Facility life (residual value)</source>
        <translation>Durée de vie du bâtiment (valeur résiduelle)</translation>
    </message>
    <message>
        <source>years; residual value counted</source>
        <translation>ans ; valeur résiduelle comptée</translation>
    </message>
    <message>
        <source>years; residual value ignored</source>
        <translation>ans ; valeur résiduelle ignorée</translation>
    </message>
    <message>
        <source>% per year</source>
        <translation>% par an</translation>
    </message>
    <message>
        <source>years from %1</source>
        <translation>ans à partir de %1</translation>
    </message>
    <message>
        <source>GPU platforms</source>
        <translation>Plateformes GPU</translation>
    </message>
    <message>
        <source>ASIC models</source>
        <translation>Modèles d&apos;ASIC</translation>
    </message>
    <message>
        <source>Cooling technologies</source>
        <translation>Technologies de refroidissement</translation>
    </message>
    <message>
        <source>Country presets</source>
        <translation>Préréglages pays</translation>
    </message>
    <message>
        <source>Catalogue sources</source>
        <translation>Sources du catalogue</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>Irréalisable</translation>
    </message>
    <message>
        <source>Infeasible — the plan cannot work, so it earns no AI revenue and is left out of the portfolio totals:</source>
        <translation>Irréalisable — le plan ne peut pas fonctionner ; il ne produit donc aucun revenu IA et est exclu des totaux du portefeuille :</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 site</translation>
    </message>
    <message>
        <source>%1 sites</source>
        <translation>%1 sites</translation>
    </message>
    <message>
        <source>%1, %2 infeasible — excluded from totals</source>
        <translation>%1, %2 irréalisable(s) — exclu(s) des totaux</translation>
    </message>
    <message>
        <source>Colocation</source>
        <translation>Colocation</translation>
    </message>
    <message>
        <source>GPU cloud</source>
        <translation>Cloud GPU</translation>
    </message>
    <message>
        <source>no certification</source>
        <translation>sans certification</translation>
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
        <translation>N (sans redondance)</translation>
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
        <translation>redondance distribuée</translation>
    </message>
    <message>
        <source>hydro</source>
        <translation>hydraulique</translation>
    </message>
    <message>
        <source>natural gas</source>
        <translation>gaz naturel</translation>
    </message>
    <message>
        <source>grid mix</source>
        <translation>mix du réseau</translation>
    </message>
    <message>
        <source>nuclear</source>
        <translation>nucléaire</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>séquentiel</translation>
    </message>
    <message>
        <source>fast track</source>
        <translation>accéléré</translation>
    </message>
    <message>
        <source>Hourly PUE, day × hour (%1)</source>
        <translation>PUE horaire, jour × heure (%1)</translation>
    </message>
    <message>
        <source>PUE by day and hour, %1 (monthly means; no hourly weather)</source>
        <translation>PUE par jour et par heure, %1 (moyennes mensuelles ; pas de météo horaire)</translation>
    </message>
    <message>
        <source>Day of the year</source>
        <translation>Jour de l&apos;année</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Heure du jour</translation>
    </message>
    <message>
        <source>Capex by conversion step — %1 (USD M)</source>
        <translation>Capex par étape de conversion — %1 (M USD)</translation>
    </message>
    <message>
        <source>USD M</source>
        <translation>M USD</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>NPV, converting (USD M)</source>
        <translation>VAN, conversion (M USD)</translation>
    </message>
    <message>
        <source>Incremental NPV vs keep mining (USD M)</source>
        <translation>VAN incrémentale par rapport au minage (M USD)</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>TRI des fonds propres</translation>
    </message>
    <message>
        <source>IT load (MW)</source>
        <translation>Charge IT (MW)</translation>
    </message>
    <message>
        <source>PUE (annual)</source>
        <translation>PUE (annuel)</translation>
    </message>
    <message>
        <source>CO₂ (t/year)</source>
        <translation>CO₂ (t/an)</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Comparaison des scénarios</translation>
    </message>
    <message>
        <source>The base is the portfolio as reported; each scenario changes only the inputs it names and is computed in full by the same engines. Portfolio figures are over feasible sites only.</source>
        <translation>La référence est le portefeuille tel que présenté ; chaque scénario ne change que les données qu&apos;il nomme et est entièrement calculé par les mêmes moteurs. Les chiffres du portefeuille ne portent que sur les sites réalisables.</translation>
    </message>
    <message>
        <source>The first %1 of %2 scenarios are shown.</source>
        <translation>Les %1 premiers des %2 scénarios sont présentés.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>Site: incremental NPV (USD M) / first RFS</source>
        <translation>Site : VAN incrémentale (M USD) / première MES</translation>
    </message>
    <message>
        <source>… and %1 more sites (mine2ai-cli scenarios FILE --json lists every site).</source>
        <translation>… et %1 autres sites (mine2ai-cli scenarios FICHIER --json les liste tous).</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <source>NPV by scenario: %1</source>
        <translation>VAN par scénario : %1</translation>
    </message>
    <message>
        <source>Risk: sensitivity and Monte Carlo (the Risk page&apos;s last run)</source>
        <translation>Risque : sensibilité et Monte Carlo (dernier calcul de la page Risque)</translation>
    </message>
    <message>
        <source>Risk: sensitivity and Monte Carlo (runs %1 trials first)</source>
        <translation>Risque : sensibilité et Monte Carlo (calcule d&apos;abord %1 tirages)</translation>
    </message>
    <message>
        <source>No run of the portfolio as it is now: the export runs one with the project&apos;s risk inputs (Cancel leaves the page out)</source>
        <translation>Aucun calcul du portefeuille dans son état actuel : l&apos;export en lance un avec les entrées de risque du projet (Annuler omet la page)</translation>
    </message>
    <message>
        <source>Running the risk analysis for the report: %1 trials…
Cancel leaves the risk page out of the report.</source>
        <translation>Analyse de risque pour le rapport : %1 tirages…
Annuler omet la page de risque du rapport.</translation>
    </message>
    <message>
        <source>Risk analysis</source>
        <translation>Analyse de risque</translation>
    </message>
    <message>
        <source>The risk analysis failed, so the report has no risk page: %1</source>
        <translation>L&apos;analyse de risque a échoué ; le rapport n&apos;a donc pas de page de risque : %1</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Procure electrical (switchgear, transformers)</source>
        <translation>Achat électrique (appareillage, transformateurs)</translation>
    </message>
    <message>
        <source>Procure cooling</source>
        <translation>Achat du refroidissement</translation>
    </message>
    <message>
        <source>Procure GPU servers</source>
        <translation>Achat des serveurs GPU</translation>
    </message>
    <message>
        <source>Decommission ASICs</source>
        <translation>Démontage des ASIC</translation>
    </message>
    <message>
        <source>Electrical works</source>
        <translation>Travaux électriques</translation>
    </message>
    <message>
        <source>Cooling works</source>
        <translation>Travaux de refroidissement</translation>
    </message>
    <message>
        <source>Facility works</source>
        <translation>Travaux du bâtiment</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Réception (essais intégrés)</translation>
    </message>
    <message>
        <source>User tasks</source>
        <translation>Tâches de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>Notes on inputs</source>
        <translation>Notes sur les données</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
</context>
<context>
    <name>RiskChartNames</name>
    <message>
        <source>Trials</source>
        <translation>Tirages</translation>
    </message>
    <message>
        <source>P(first RFS by month)</source>
        <translation>P(première MES d&apos;ici ce mois)</translation>
    </message>
</context>
<context>
    <name>RiskInputs</name>
    <message>
        <source>missing required key</source>
        <translation>clé obligatoire manquante</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>doit être une chaîne de caractères, reçu %1</translation>
    </message>
    <message>
        <source>must be fixed, triangular, pert, normal or lognormal, got &apos;%1&apos;</source>
        <translation>doit être fixed, triangular, pert, normal ou lognormal, reçu « %1 »</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>doit être un nombre, reçu %1</translation>
    </message>
    <message>
        <source>must be an object {&quot;trials&quot;, &quot;seed&quot;, &quot;rfsBy&quot;, &quot;distributions&quot;, &quot;taskDurations&quot;}, got %1</source>
        <translation>doit être un objet {&quot;trials&quot;, &quot;seed&quot;, &quot;rfsBy&quot;, &quot;distributions&quot;, &quot;taskDurations&quot;}, reçu %1</translation>
    </message>
    <message>
        <source>must be a whole number between 1 and %1, got %2</source>
        <translation>doit être un nombre entier compris entre 1 et %1, reçu %2</translation>
    </message>
    <message>
        <source>must be a whole number 0 or more, got %1</source>
        <translation>doit être un nombre entier positif ou nul, reçu %1</translation>
    </message>
    <message>
        <source>must be &quot;YYYY-MM&quot; or null, got %1</source>
        <translation>doit être &quot;YYYY-MM&quot; (année-mois) ou null, reçu %1</translation>
    </message>
    <message>
        <source>must be an array, got %1</source>
        <translation>doit être un tableau, reçu %1</translation>
    </message>
    <message>
        <source>has %1 rows, more than the %2 allowed</source>
        <translation>a %1 lignes, plus que les %2 autorisées</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>doit être un objet, reçu %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must be at most the most likely value %1 (min ≤ mode ≤ max), got %2</source>
        <translation>doit être au plus la valeur la plus probable %1 (min ≤ mode ≤ max), reçu %2</translation>
    </message>
    <message>
        <source>must be at least the most likely value %1 (min ≤ mode ≤ max), got %2</source>
        <translation>doit être au moins la valeur la plus probable %1 (min ≤ mode ≤ max), reçu %2</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>doit être positif ou nul</translation>
    </message>
    <message>
        <source>normal can draw negative values; use lognormal, pert or triangular</source>
        <translation>une loi normal peut tirer des valeurs négatives ; utilisez lognormal, pert ou triangular</translation>
    </message>
    <message>
        <source>must be between 0 and 3</source>
        <translation>doit être compris entre 0 et 3</translation>
    </message>
    <message>
        <source>must be 0 or more (the median)</source>
        <translation>doit être positif ou nul (la médiane)</translation>
    </message>
    <message>
        <source>names no site of the portfolio (&apos;%1&apos;)</source>
        <translation>ne nomme aucun site du portefeuille (« %1 »)</translation>
    </message>
    <message>
        <source>names no task of site &apos;%1&apos; (&apos;%2&apos;)</source>
        <translation>ne nomme aucune tâche du site « %1 » (« %2 »)</translation>
    </message>
    <message>
        <source>must be at most %1 for a portfolio of %2 sites (the samples would not fit in memory)</source>
        <translation>doit être au plus %1 pour un portefeuille de %2 sites (les tirages ne tiendraient pas en mémoire)</translation>
    </message>
    <message>
        <source>The portfolio or the risk settings have problems: %1</source>
        <translation>Le portefeuille ou les réglages de risque présentent des problèmes : %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 trials</source>
        <translation>Annulé après %1 tirages sur %2</translation>
    </message>
    <message>
        <source>Risk run failed: %1</source>
        <translation>Échec du calcul de risque : %1</translation>
    </message>
    <message>
        <source>must be between 1 and %1, got %2</source>
        <translation>doit être compris entre 1 et %1, reçu %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a risk input (docs/model.md &quot;Sensitivity and risk&quot;)</source>
        <translation>« %1 » n&apos;est pas une entrée de risque (docs/model.md &quot;Sensitivity and risk&quot;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set twice</source>
        <translation>« %1 » est défini deux fois</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no duration of its own to draw</source>
        <translation>« %1 » n&apos;a pas de durée propre à tirer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; is set twice</source>
        <translation>« %1 » de « %2 » est défini deux fois</translation>
    </message>
    <message>
        <source>must be at most 600 months</source>
        <translation>doit être au plus 600 mois</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 90 (percent)</source>
        <translation>doit être supérieur à 0 et au plus 90 (pour cent)</translation>
    </message>
    <message>
        <source>Cannot run the sensitivity: %1</source>
        <translation>Impossible de lancer l&apos;analyse de sensibilité : %1</translation>
    </message>
    <message>
        <source>Sensitivity failed: %1</source>
        <translation>Échec de l&apos;analyse de sensibilité : %1</translation>
    </message>
</context>
<context>
    <name>RiskInputsDialog</name>
    <message>
        <source>%1 (duration)</source>
        <translation>%1 (durée)</translation>
    </message>
    <message>
        <source>Risk inputs</source>
        <translation>Entrées de risque</translation>
    </message>
    <message>
        <source>Each input is a multiplier on the portfolio&apos;s own value (most likely 1). Market inputs are drawn once per trial for the whole portfolio, the others per site. Rows in italics are at the catalogue default; hover a row for its source (docs/model.md “Sensitivity and risk”).</source>
        <translation>Chaque entrée multiplie la valeur du portefeuille (valeur la plus probable 1). Les entrées de marché sont tirées une fois par essai pour tout le portefeuille, les autres par site. Les lignes en italique sont aux valeurs par défaut du catalogue ; survolez une ligne pour voir sa source (docs/model.md « Sensitivity and risk »).</translation>
    </message>
    <message>
        <source>RFS by</source>
        <translation>MES avant</translation>
    </message>
    <message>
        <source>(off: the deterministic first RFS)</source>
        <translation>(désactivé : la première MES déterministe)</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Probability of</source>
        <translation>Probabilité de</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Plus probable</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>σ (lognormal, normal)</source>
        <translation>σ (lognormale, normale)</translation>
    </message>
    <message>
        <source>Tasks with their own duration (months)</source>
        <translation>Tâches avec leur propre durée (mois)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>Id de tâche</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Ajouter une tâche</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>&amp;Retirer la tâche</translation>
    </message>
    <message>
        <source>Catalogue &amp;defaults</source>
        <translation>&amp;Valeurs du catalogue</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <source>Task row %1</source>
        <translation>Tâche, ligne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Refused — %1 %2</source>
        <translation>Refusé — %1 %2</translation>
    </message>
    <message>
        <source>Hashprice (market)</source>
        <translation>Hashprice (marché)</translation>
    </message>
    <message>
        <source>GPU-hour price (market)</source>
        <translation>Prix par heure-GPU (marché)</translation>
    </message>
    <message>
        <source>GPU price (market)</source>
        <translation>Prix des GPU (marché)</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Prix de l&apos;électricité</translation>
    </message>
    <message>
        <source>Colocation rent</source>
        <translation>Loyer de colocation</translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <translation>Taux d&apos;utilisation des GPU</translation>
    </message>
    <message>
        <source>Capex overrun</source>
        <translation>Dépassement d&apos;investissement</translation>
    </message>
    <message>
        <source>PUE overhead (PUE − 1)</source>
        <translation>Surcoût PUE (PUE − 1)</translation>
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
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Report &amp;PDF…</source>
        <translation>Rapport &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the report&apos;s title and risk pages of this run as a PDF</source>
        <translation>Écrire en PDF la page de titre et les pages de risque du rapport pour ce calcul</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Tirages</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Sensitivity ±</source>
        <translation>Sensibilité ±</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Run to see how the inputs move the answer and how likely it is.</source>
        <translation>Lancez le calcul pour voir comment les données font varier le résultat et avec quelle probabilité.</translation>
    </message>
    <message>
        <source>The inputs changed since this run: Run again for current figures.</source>
        <translation>Les données ont changé depuis ce calcul : relancez pour des chiffres à jour.</translation>
    </message>
    <message>
        <source>Running %1 trials…</source>
        <translation>Calcul de %1 tirages…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 trials.</source>
        <translation>Annulé après %1 tirages sur %2.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Échec du calcul : %1</translation>
    </message>
    <message>
        <source>%1 trials, seed %2. Portfolio incremental NPV P10 / P50 / P90: %3 / %4 / %5 USD M; converting beats mining in %6 % of trials.</source>
        <translation>%1 tirages, graine %2. VAN incrémentale du portefeuille P10 / P50 / P90 : %3 / %4 / %5 M USD ; la conversion bat le minage dans %6 % des tirages.</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Run the risk analysis first.</source>
        <translation>Lancez d&apos;abord l&apos;analyse de risque.</translation>
    </message>
    <message>
        <source>Risk report</source>
        <translation>Rapport de risque</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Risk &amp;inputs…</source>
        <translation>&amp;Entrées de risque…</translation>
    </message>
    <message>
        <source>Three-point task durations and the distributions of prices, capex and utilisation, saved with the project</source>
        <translation>Durées des tâches en trois points et lois des prix, du capex et de l&apos;utilisation, enregistrées avec le projet</translation>
    </message>
    <message>
        <source>Edit risk inputs</source>
        <translation>Modifier les entrées de risque</translation>
    </message>
    <message>
        <source>Risk inputs refused</source>
        <translation>Entrées de risque refusées</translation>
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
        <translation>VAN incrémentale</translation>
    </message>
</context>
<context>
    <name>ScenarioComparisonModel</name>
    <message>
        <source>NPV, converting</source>
        <translation>VAN, conversion</translation>
    </message>
    <message>
        <source>Incremental NPV vs keep mining</source>
        <translation>VAN incrémentale par rapport au minage</translation>
    </message>
    <message>
        <source>Equity IRR</source>
        <translation>TRI des fonds propres</translation>
    </message>
    <message>
        <source>First ready for service</source>
        <translation>Première mise en service</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>Pleine capacité</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>Charge IT</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Investissement (CAPEX)</translation>
    </message>
    <message>
        <source>PUE (annual)</source>
        <translation>PUE (annuel)</translation>
    </message>
    <message>
        <source>CO₂ (t/year)</source>
        <translation>CO₂ (t/an)</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s) of this scenario not applied; see below the table</source>
        <translation>
            <numerusform>%n modification de ce scénario non appliquée ; voir sous le tableau</numerusform>
            <numerusform>%n modifications de ce scénario non appliquées ; voir sous le tableau</numerusform>
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
        <translation>Scénarios côte à côte pour</translation>
    </message>
    <message>
        <source>Computing every scenario…</source>
        <translation>Calcul de chaque scénario…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible : %1</translation>
    </message>
    <message>
        <source>No scenarios yet: add them in the Scenarios dock (View ▸ Scenarios).</source>
        <translation>Aucun scénario pour l&apos;instant : ajoutez-en dans le panneau Scénarios (Affichage ▸ Scénarios).</translation>
    </message>
    <message numerus="yes">
        <source>Base and %n scenario(s)</source>
        <translation>
            <numerusform>Référence et %n scénario</numerusform>
            <numerusform>Référence et %n scénarios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
</context>
<context>
    <name>ScenarioDock</name>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Scenari&amp;os</source>
        <translation>Scénari&amp;os</translation>
    </message>
    <message>
        <source>The base is the portfolio as edited. A scenario names only what it changes; everything else follows the base.</source>
        <translation>La référence est le portefeuille tel que saisi. Un scénario ne nomme que ce qu&apos;il change ; tout le reste suit la référence.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a scenario with no overrides</source>
        <translation>Ajouter un scénario sans modification</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the selected scenario with its overrides</source>
        <translation>Copier le scénario sélectionné avec ses modifications</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Rename the selected scenario</source>
        <translation>Renommer le scénario sélectionné</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supprime&amp;r</translation>
    </message>
    <message>
        <source>Delete the selected scenario (Undo brings it back)</source>
        <translation>Supprimer le scénario sélectionné (Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Make &amp;Base</source>
        <translation>En faire la &amp;référence</translation>
    </message>
    <message>
        <source>Write the selected scenario&apos;s changes into the portfolio; the old base becomes the scenario &quot;Former base&quot;. Every scenario computes as before.</source>
        <translation>Écrire les modifications du scénario sélectionné dans le portefeuille ; l&apos;ancienne référence devient le scénario « Ancienne référence ». Chaque scénario donne les mêmes résultats qu&apos;avant.</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>Com&amp;parer</translation>
    </message>
    <message>
        <source>Show the base and every scenario side by side</source>
        <translation>Afficher la référence et chaque scénario côte à côte</translation>
    </message>
    <message>
        <source>Overrides of the selected scenario:</source>
        <translation>Modifications du scénario sélectionné :</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>S&apos;applique à :</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Champ :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>&amp;Set Override</source>
        <translation>&amp;Définir la modification</translation>
    </message>
    <message>
        <source>Set this field to this value in the selected scenario</source>
        <translation>Donner cette valeur à ce champ dans le scénario sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove Override</source>
        <translation>&amp;Retirer la modification</translation>
    </message>
    <message>
        <source>The scenario follows the base for this field again</source>
        <translation>Le scénario suit de nouveau la référence pour ce champ</translation>
    </message>
    <message numerus="yes">
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio and costs</source>
        <translation>Portefeuille et coûts</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Choose a field</source>
        <translation>Choisissez un champ</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
</context>
<context>
    <name>ScenarioEdits</name>
    <message>
        <source>Scenario name: %1</source>
        <translation>Nom du scénario : %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Ajouter le scénario %1</translation>
    </message>
    <message>
        <source>No scenario selected</source>
        <translation>Aucun scénario sélectionné</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>Renommer le scénario %1 en %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate scenario %1</source>
        <translation>Dupliquer le scénario %1</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Supprimer le scénario %1</translation>
    </message>
    <message>
        <source>%1 cannot be overridden in a scenario</source>
        <translation>%1 ne peut pas être modifié dans un scénario</translation>
    </message>
    <message>
        <source>%1: choose the site it applies to</source>
        <translation>%1 : choisissez le site auquel cela s&apos;applique</translation>
    </message>
    <message>
        <source>%1 is a portfolio setting and applies to no one site</source>
        <translation>%1 est un réglage du portefeuille et ne s&apos;applique à aucun site en particulier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Set %1 in scenario %2</source>
        <translation>Définir %1 dans le scénario %2</translation>
    </message>
    <message>
        <source>No override selected</source>
        <translation>Aucune modification sélectionnée</translation>
    </message>
    <message>
        <source>Remove %1 from scenario %2</source>
        <translation>Retirer %1 du scénario %2</translation>
    </message>
    <message>
        <source>Former base</source>
        <translation>Ancienne référence</translation>
    </message>
    <message>
        <source>%1 cannot become the base: %2</source>
        <translation>%1 ne peut pas devenir la référence : %2</translation>
    </message>
    <message>
        <source>Make scenario %1 the base</source>
        <translation>Faire du scénario %1 la référence</translation>
    </message>
    <message>
        <source>Scenario settings</source>
        <translation>Réglages du scénario</translation>
    </message>
    <message>
        <source>Scenario site</source>
        <translation>Site du scénario</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: must be yes or no, got &quot;%2&quot;</source>
        <translation>%1 : doit être oui ou non, reçu « %2 »</translation>
    </message>
    <message>
        <source>%1: unknown kind of field</source>
        <translation>%1 : type de champ inconnu</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>ScenarioInputs</name>
    <message>
        <source>must be an object {&quot;site&quot;, &quot;field&quot;, &quot;value&quot;}, got %1</source>
        <translation>doit être un objet {&quot;site&quot;, &quot;field&quot;, &quot;value&quot;}, reçu %1</translation>
    </message>
    <message>
        <source>must be a site&apos;s name or null, got %1</source>
        <translation>doit être le nom d&apos;un site ou null, reçu %1</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>clé obligatoire manquante</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>doit être une chaîne de caractères, reçu %1</translation>
    </message>
    <message>
        <source>must be a number, true/false or a string, got %1</source>
        <translation>doit être un nombre, true/false ou une chaîne de caractères, reçu %1</translation>
    </message>
    <message>
        <source>must be an array of scenarios, got %1</source>
        <translation>doit être un tableau de scénarios, reçu %1</translation>
    </message>
    <message>
        <source>more than %1 scenarios</source>
        <translation>plus de %1 scénarios</translation>
    </message>
    <message>
        <source>must be an object {&quot;name&quot;, &quot;overrides&quot;}, got %1</source>
        <translation>doit être un objet {&quot;name&quot;, &quot;overrides&quot;}, reçu %1</translation>
    </message>
    <message>
        <source>must be an array of overrides, got %1</source>
        <translation>doit être un tableau de modifications, reçu %1</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; not applied</source>
        <translation>champ « %1 » inconnu ; non appliqué</translation>
    </message>
    <message>
        <source>%1 is a site field and names no site; not applied</source>
        <translation>%1 est un champ de site et ne nomme aucun site ; non appliqué</translation>
    </message>
    <message>
        <source>site &apos;%1&apos; is not in the portfolio (removed or renamed?); %2 not applied</source>
        <translation>le site « %1 » n&apos;est pas dans le portefeuille (supprimé ou renommé ?) ; %2 non appliqué</translation>
    </message>
    <message>
        <source>%1 is a portfolio field but names site &apos;%2&apos;; not applied</source>
        <translation>%1 est un champ du portefeuille mais nomme le site « %2 » ; non appliqué</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2 override(s) not applied; first: %3</source>
        <translation>scénario « %1 » : %2 modification(s) non appliquée(s) ; la première : %3</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos; in the portfolio; it has none</source>
        <translation>aucun scénario « %1 » dans le portefeuille ; il n&apos;en a aucun</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos; in the portfolio; it has %2</source>
        <translation>aucun scénario « %1 » dans le portefeuille ; il a %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of the portfolio as it is; choose another</source>
        <translation>« %1 » est le nom du portefeuille tel qu&apos;il est ; choisissez-en un autre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of an earlier scenario; names must be unique</source>
        <translation>« %1 » est le nom d&apos;un scénario précédent ; les noms doivent être uniques</translation>
    </message>
    <message>
        <source>%1 is overridden twice in this scenario</source>
        <translation>%1 est modifié deux fois dans ce scénario</translation>
    </message>
    <message>
        <source>%1 of site &apos;%2&apos; is overridden twice in this scenario</source>
        <translation>%1 du site « %2 » est modifié deux fois dans ce scénario</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 doit être un nombre entier, reçu %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2; not applied</source>
        <translation>%1 doit être un nombre entier, reçu %2; non appliqué</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2</source>
        <translation>%1 doit être un nombre, reçu %2</translation>
    </message>
    <message>
        <source>%1 must be a number, got %2; not applied</source>
        <translation>%1 doit être un nombre, reçu %2; non appliqué</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 doit être compris entre %2 et %3, reçu %4</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, got %4; not applied</source>
        <translation>%1 doit être compris entre %2 et %3, reçu %4; non appliqué</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4, got %5</source>
        <translation>%1 doit être compris entre %2 et %3 %4, reçu %5</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4, got %5; not applied</source>
        <translation>%1 doit être compris entre %2 et %3 %4, reçu %5; non appliqué</translation>
    </message>
    <message>
        <source>%1 must be true or false, got %2</source>
        <translation>%1 doit être true ou false, reçu %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, got %2; not applied</source>
        <translation>%1 doit être true ou false, reçu %2; non appliqué</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 doit être l&apos;une des valeurs %2, reçu %3</translation>
    </message>
    <message>
        <source>%1 must be one of %2, got %3; not applied</source>
        <translation>%1 doit être l&apos;une des valeurs %2, reçu %3; non appliqué</translation>
    </message>
    <message>
        <source>%1 has an unknown kind, got %2</source>
        <translation>%1 est d&apos;un type inconnu, reçu %2</translation>
    </message>
    <message>
        <source>%1 has an unknown kind, got %2; not applied</source>
        <translation>%1 est d&apos;un type inconnu, reçu %2; non appliqué</translation>
    </message>
    <message>
        <source>no scenario %1 to make the base</source>
        <translation>aucun scénario %1 à prendre comme référence</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot become the base: scenario &apos;%2&apos;: %3 override(s) not applied; first: %4</source>
        <translation>« %1 » ne peut pas devenir la référence : scénario « %2 » : %3 modification(s) non appliquée(s) ; la première : %4</translation>
    </message>
    <message>
        <source>cannot make &apos;%1&apos; the base: %2</source>
        <translation>impossible de faire de « %1 » la référence : %2</translation>
    </message>
    <message>
        <source>the scenarios cannot be compared: %1</source>
        <translation>les scénarios ne peuvent pas être comparés : %1</translation>
    </message>
    <message>
        <source>cannot compare the scenarios: %1</source>
        <translation>impossible de comparer les scénarios : %1</translation>
    </message>
</context>
<context>
    <name>ScenarioOverridesModel</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Site not in portfolio: not applied</source>
        <translation>Site absent du portefeuille : non appliqué</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ScheduleTasks</name>
    <message>
        <source>Design and permits</source>
        <translation>Études et autorisations</translation>
    </message>
    <message>
        <source>Procure switchgear, transformers, UPS, generators</source>
        <translation>Achat de l&apos;appareillage de coupure, des transformateurs, ASI et groupes électrogènes</translation>
    </message>
    <message>
        <source>Procure CDUs and heat rejection</source>
        <translation>Achat des CDU et de la dissipation de chaleur</translation>
    </message>
    <message>
        <source>Procure CRAHs</source>
        <translation>Achat des CRAH</translation>
    </message>
    <message>
        <source>Procure GPU servers</source>
        <translation>Achat des serveurs GPU</translation>
    </message>
    <message>
        <source>Decommission ASICs</source>
        <translation>Démontage des ASIC</translation>
    </message>
    <message>
        <source>Electrical rebuild</source>
        <translation>Refonte électrique</translation>
    </message>
    <message>
        <source>Cooling retrofit</source>
        <translation>Adaptation du refroidissement</translation>
    </message>
    <message>
        <source>Facility works (sealing, fire suppression, BMS)</source>
        <translation>Travaux du bâtiment (étanchéification, extinction d&apos;incendie, GTB)</translation>
    </message>
    <message>
        <source>Install GPU racks</source>
        <translation>Installation des baies GPU</translation>
    </message>
    <message>
        <source>Commissioning (integrated systems test)</source>
        <translation>Réception (essais intégrés des systèmes)</translation>
    </message>
    <message>
        <source>Grid upgrade (queued interconnect)</source>
        <translation>Extension du raccordement (capacité en attente)</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>Mise en service</translation>
    </message>
    <message>
        <source>Full capacity</source>
        <translation>Pleine capacité</translation>
    </message>
</context>
<context>
    <name>SiteBinder</name>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Refusé :&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>SiteComparison</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>%1 USD/MWh</source>
        <translation>%1 USD/MWh</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 g/kWh</translation>
    </message>
    <message>
        <source>%1 USD/PH/day</source>
        <translation>%1 USD/PH/jour</translation>
    </message>
    <message>
        <source>%1 USD/kW-month</source>
        <translation>%1 USD/kW-mois</translation>
    </message>
    <message>
        <source>%1 USD/GPU-hour</source>
        <translation>%1 USD/heure-GPU</translation>
    </message>
    <message>
        <source>step off</source>
        <translation>étape désactivée</translation>
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
        <translation>refroidi par air comme pour le minage</translation>
    </message>
    <message>
        <source>Hourly weather</source>
        <translation>Météo horaire</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Réalisable</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>Charge IT</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>PUE annuel</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>Mise en service</translation>
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
        <translation>VAN vs minage</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation>TRI incr. vs minage</translation>
    </message>
</context>
<context>
    <name>SiteComparisonDialog</name>
    <message>
        <source>Compare Two Sites</source>
        <translation>Comparer deux sites</translation>
    </message>
    <message>
        <source>Site &amp;A:</source>
        <translation>Site &amp;A :</translation>
    </message>
    <message>
        <source>Site &amp;B:</source>
        <translation>Site &amp;B :</translation>
    </message>
    <message>
        <source>Input or result</source>
        <translation>Donnée ou résultat</translation>
    </message>
    <message>
        <source>The two sites differ here</source>
        <translation>Les deux sites diffèrent ici</translation>
    </message>
</context>
<context>
    <name>SiteDashboard</name>
    <message>
        <source>Power and PUE</source>
        <translation>Puissance et PUE</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Cash flow and capex</source>
        <translation>Trésorerie et CAPEX</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Climat</translation>
    </message>
    <message>
        <source>IT load</source>
        <translation>Charge IT</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Annual PUE</source>
        <translation>PUE annuel</translation>
    </message>
    <message>
        <source>Ready for service</source>
        <translation>Mise en service</translation>
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
        <translation>VAN vs minage</translation>
    </message>
    <message>
        <source>Incremental IRR vs keep mining</source>
        <translation>TRI incr. vs minage</translation>
    </message>
    <message>
        <source>Terminal value share of NPV</source>
        <translation>Valeur terminale / VAN</translation>
    </message>
    <message>
        <source>Equity IRR after tax and debt</source>
        <translation>TRI fonds propres</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>DSCR minimal</translation>
    </message>
    <message>
        <source>Critical IT load the grid share and the redundant power chain allow</source>
        <translation>Charge IT critique que permettent la part du raccordement et la chaîne électrique redondante</translation>
    </message>
    <message>
        <source>GPUs installed (racks × GPUs per rack)</source>
        <translation>GPU installés (baies × GPU par baie)</translation>
    </message>
    <message>
        <source>Energy-weighted PUE over the year with this site&apos;s climate</source>
        <translation>PUE pondéré par l&apos;énergie sur l&apos;année avec le climat de ce site</translation>
    </message>
    <message>
        <source>First full month in service, end of the critical path</source>
        <translation>Premier mois complet en service, fin du chemin critique</translation>
    </message>
    <message>
        <source>Conversion capex including contingency, net of ASIC resale</source>
        <translation>CAPEX de conversion provision pour aléas comprise, net de la revente des ASIC</translation>
    </message>
    <message>
        <source>Net present value of converting over the portfolio horizon</source>
        <translation>Valeur actuelle nette de la conversion sur l&apos;horizon du portefeuille</translation>
    </message>
    <message>
        <source>NPV of converting minus NPV of keeping the whole site mining</source>
        <translation>VAN de la conversion moins VAN du minage poursuivi sur tout le site</translation>
    </message>
    <message>
        <source>IRR of converting&apos;s monthly net minus keep-mining&apos;s: the return on the decision to convert</source>
        <translation>TRI du flux net mensuel de la conversion moins celui du minage : le rendement de la décision de convertir</translation>
    </message>
    <message>
        <source>Present value of the terminal value (the hall&apos;s worth at the horizon&apos;s end) as a share of NPV</source>
        <translation>Valeur actuelle de la valeur terminale (la valeur de la salle en fin d&apos;horizon) en part de la VAN</translation>
    </message>
    <message>
        <source>IRR of the equity&apos;s monthly flows: converting&apos;s net after income tax, plus debt drawdowns, minus debt service (Edit ▸ Tax and Financing…)</source>
        <translation>TRI des flux mensuels des fonds propres : flux net de la conversion après impôt sur les sociétés, plus tirages de dette, moins service de la dette (Édition ▸ Fiscalité et financement…)</translation>
    </message>
    <message>
        <source>Lowest yearly debt service coverage: operating cash after tax ÷ scheduled interest and principal; — without debt</source>
        <translation>Plus faible couverture annuelle du service de la dette : trésorerie d&apos;exploitation après impôt ÷ intérêts et principal prévus ; — sans dette</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Aucun site</translation>
    </message>
    <message>
        <source>Facility %1 (%2 per MW of IT, GPUs excluded) + GPU purchase %3, net of ASIC resale %4</source>
        <translation>Bâtiment %1 (%2 par MW IT, GPU exclus) + achat des GPU %3, net de la revente des ASIC %4</translation>
    </message>
    <message>
        <source>Capex (facility %1/MW IT)</source>
        <translation>CAPEX (bât. %1/MW IT)</translation>
    </message>
    <message>
        <source>Net present value of converting over the portfolio horizon: USD %1 M within the horizon + USD %2 M terminal value (present value). IRR of converting: %3</source>
        <translation>Valeur actuelle nette de la conversion sur l&apos;horizon du portefeuille : %1 M USD sur l&apos;horizon + %2 M USD de valeur terminale (valeur actuelle). TRI de la conversion : %3</translation>
    </message>
    <message>
        <source>%1. Project IRR after tax (unlevered): %2; income tax over the horizon: %3</source>
        <translation>%1. TRI projet après impôt (sans dette) : %2 ; impôt sur les sociétés sur l&apos;horizon : %3</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Infeasible: no NPV figures (see the Infeasible tab) · keep mining: miners off in %1 month(s) of negative margin</source>
        <translation>Irréalisable : pas de VAN (voir l&apos;onglet Irréalisable) · poursuite du minage : mineurs arrêtés %1 mois de marge négative</translation>
    </message>
    <message>
        <source>NPV within the horizon %1 · terminal value %2 (present value %3) · IRR of converting %4 · keep mining: miners off in %5 month(s) of negative margin · mining share that stays: off in %6</source>
        <translation>VAN sur l&apos;horizon %1 · valeur terminale %2 (valeur actuelle %3) · TRI de la conversion %4 · poursuite du minage : mineurs arrêtés %5 mois de marge négative · part minière restante : arrêtée %6</translation>
    </message>
    <message>
        <source>Limited by the usable capacity of the electrical chain</source>
        <translation>Limitée par la capacité utilisable de la chaîne électrique</translation>
    </message>
    <message>
        <source>Limited by the grid share converted</source>
        <translation>Limitée par la part du raccordement convertie</translation>
    </message>
    <message>
        <source>Infeasible — this plan cannot work, so it earns no AI revenue and is left out of the portfolio totals and ranked last:</source>
        <translation>Irréalisable — ce plan ne peut pas fonctionner ; il ne produit donc aucun revenu IA, est exclu des totaux du portefeuille et classé en dernier :</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>No warnings for this site.</source>
        <translation>Aucun avertissement pour ce site.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <source>Infeasible (%1) · %2</source>
        <translation>Irréalisable (%1) · %2</translation>
    </message>
</context>
<context>
    <name>SiteEditor</name>
    <message>
        <source>Hydro</source>
        <translation>Hydraulique</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Gaz naturel</translation>
    </message>
    <message>
        <source>Grid mix</source>
        <translation>Mix du réseau</translation>
    </message>
    <message>
        <source>Nuclear</source>
        <translation>Nucléaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Renommer le site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Fills latitude, longitude, energy source, power price, grid carbon and the 12-month climate from the preset (one undo step)</source>
        <translation>Remplit latitude, longitude, source d&apos;énergie, prix de l&apos;électricité, carbone du réseau et le climat sur 12 mois depuis le préréglage (une seule annulation)</translation>
    </message>
    <message>
        <source>Country preset</source>
        <translation>Préréglage pays</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Modifier le pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Change latitude</source>
        <translation>Modifier la latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Change longitude</source>
        <translation>Modifier la longitude</translation>
    </message>
    <message>
        <source>Grid and energy</source>
        <translation>Réseau et énergie</translation>
    </message>
    <message>
        <source>Grid interconnect today</source>
        <translation>Raccordement actuel</translation>
    </message>
    <message>
        <source> MW</source>
        <translation> MW</translation>
    </message>
    <message>
        <source>Change grid interconnect</source>
        <translation>Modifier le raccordement au réseau</translation>
    </message>
    <message>
        <source>Extra capacity requested</source>
        <translation>Extension demandée</translation>
    </message>
    <message>
        <source>Toggle grid queue</source>
        <translation>Basculer la file d&apos;attente de raccordement</translation>
    </message>
    <message>
        <source>Grid queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Change queued grid capacity</source>
        <translation>Modifier la capacité en attente</translation>
    </message>
    <message>
        <source>Queued extra</source>
        <translation>Supplément en attente</translation>
    </message>
    <message>
        <source>Grid queue year</source>
        <translation>Année de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Grid queue month</source>
        <translation>Mois de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Year the queued capacity becomes available</source>
        <translation>Année où la capacité en attente devient disponible</translation>
    </message>
    <message>
        <source>Month (1–12) the queued capacity becomes available</source>
        <translation>Mois (1–12) où la capacité en attente devient disponible</translation>
    </message>
    <message>
        <source>Change grid queue date</source>
        <translation>Modifier la date de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Available from (year, month)</source>
        <translation>Disponible dès</translation>
    </message>
    <message>
        <source>Change energy source</source>
        <translation>Modifier la source d&apos;énergie</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>Source d&apos;énergie</translation>
    </message>
    <message>
        <source>Power price</source>
        <translation>Prix de l&apos;électricité</translation>
    </message>
    <message>
        <source> USD/MWh</source>
        <translation> USD/MWh</translation>
    </message>
    <message>
        <source>Change power price</source>
        <translation>Modifier le prix de l&apos;électricité</translation>
    </message>
    <message>
        <source>Price escalation</source>
        <translation>Hausse du prix</translation>
    </message>
    <message>
        <source> %/yr</source>
        <translation> %/an</translation>
    </message>
    <message>
        <source>Change price escalation</source>
        <translation>Modifier la hausse du prix</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>CO₂ réseau</translation>
    </message>
    <message>
        <source> g/kWh</source>
        <translation> g/kWh</translation>
    </message>
    <message>
        <source>Change grid carbon</source>
        <translation>Modifier le carbone du réseau</translation>
    </message>
    <message>
        <source>Climate (monthly normals)</source>
        <translation>Climat (normales mensuelles)</translation>
    </message>
    <message>
        <source>Double-click a cell to edit. The preset values come from the country&apos;s climate normals (domain.md §6.1–6.2).</source>
        <translation>Double-cliquez sur une cellule pour la modifier. Les valeurs du préréglage viennent des normales climatiques du pays (domain.md §6.1–6.2).</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Import from EPW weather file…</source>
        <translation>Importer un fichier météo EPW…</translation>
    </message>
    <message>
        <source>Replace the climate by an EnergyPlus weather file (TMY/EPW): its 8,760 hours (PUE and water are then computed hour by hour and the plant sized on its 0.4 % hours) and their monthly means; wet-bulb is computed from dry-bulb, humidity and pressure hour by hour. Offers the station&apos;s location and elevation for the site.</source>
        <translation>Remplace le climat par un fichier météo EnergyPlus (TMY/EPW) : ses 8 760 heures (le PUE et l&apos;eau sont alors calculés heure par heure et l&apos;installation dimensionnée sur ses heures à 0,4 %) et leurs moyennes mensuelles ; la température humide est calculée heure par heure à partir de la température sèche, de l&apos;humidité et de la pression. Propose la localisation et l&apos;altitude de la station pour le site.</translation>
    </message>
    <message>
        <source>Import climate from EPW</source>
        <translation>Importer le climat depuis un EPW</translation>
    </message>
    <message>
        <source>EnergyPlus weather files (*.epw);;All files (*)</source>
        <translation>Fichiers météo EnergyPlus (*.epw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Climate not imported: %1</source>
        <translation>Climat non importé : %1</translation>
    </message>
    <message>
        <source>The station %1 is %2 km from the site (more than %3 km): its hours may not represent the site.</source>
        <translation>La station %1 est à %2 km du site (plus de %3 km) : ses heures peuvent ne pas représenter le site.</translation>
    </message>
    <message>
        <source>Also use the station&apos;s location for the site?

%1: %2°, %3°, %4 m.</source>
        <translation>Utiliser aussi la localisation de la station pour le site ?

%1 : %2°, %3°, %4 m.</translation>
    </message>
    <message>
        <source>Import climate</source>
        <translation>Importer le climat</translation>
    </message>
    <message>
        <source>Import climate from %1</source>
        <translation>Importer le climat depuis %1</translation>
    </message>
    <message>
        <source>Climate from %1 (%2 hours, PUE and water hour by hour)</source>
        <translation>Climat de %1 (%2 heures, PUE et eau heure par heure)</translation>
    </message>
    <message>
        <source>Climate from %1 (%2 hours, monthly means only)</source>
        <translation>Climat de %1 (%2 heures, moyennes mensuelles seulement)</translation>
    </message>
    <message>
        <source>; location and elevation from the station</source>
        <translation>; localisation et altitude de la station</translation>
    </message>
    <message>
        <source>Design day and altitude</source>
        <translation>Dimensionnement et altitude</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Change elevation</source>
        <translation>Modifier l&apos;altitude</translation>
    </message>
    <message>
        <source>Size the plant on a design temperature</source>
        <translation>Température de dimensionnement</translation>
    </message>
    <message>
        <source>For a site without hourly weather: the 0.4 % annual cooling dry-bulb and evaporation wet-bulb (ASHRAE). Off: the hottest month&apos;s mean sizes the plant. A country preset proposes one (docs/model.md &quot;Design temperature defaults&quot;); an imported EPW brings its own hours.</source>
        <translation>Pour un site sans météo horaire : la température sèche de refroidissement annuelle à 0,4 % et la température humide d&apos;évaporation (ASHRAE). Désactivé : la moyenne du mois le plus chaud dimensionne l&apos;installation. Un préréglage pays en propose une (docs/model.md « Design temperature defaults ») ; un EPW importé apporte ses propres heures.</translation>
    </message>
    <message>
        <source>Change design temperature</source>
        <translation>Modifier la température de dimensionnement</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>Change design dry-bulb</source>
        <translation>Modifier la température sèche de dimensionnement</translation>
    </message>
    <message>
        <source>Change design wet-bulb</source>
        <translation>Modifier la température humide de dimensionnement</translation>
    </message>
    <message>
        <source>Design dry-bulb</source>
        <translation>Temp. sèche (dim.)</translation>
    </message>
    <message>
        <source>Design wet-bulb</source>
        <translation>Temp. humide (dim.)</translation>
    </message>
    <message>
        <source>Mining fleet today</source>
        <translation>Parc de minage actuel</translation>
    </message>
    <message>
        <source>Fills kW and TH/s per unit from the ASIC catalogue</source>
        <translation>Remplit kW et TH/s par unité depuis le catalogue d&apos;ASIC</translation>
    </message>
    <message>
        <source>ASIC model</source>
        <translation>Modèle d&apos;ASIC</translation>
    </message>
    <message>
        <source>Change ASIC count</source>
        <translation>Modifier le nombre d&apos;ASIC</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Power per unit</source>
        <translation>Puissance par unité</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Change ASIC power</source>
        <translation>Modifier la puissance des ASIC</translation>
    </message>
    <message>
        <source>Hashrate per unit</source>
        <translation>Hashrate par unité</translation>
    </message>
    <message>
        <source> TH/s</source>
        <translation> TH/s</translation>
    </message>
    <message>
        <source>Change ASIC hashrate</source>
        <translation>Modifier le hashrate des ASIC</translation>
    </message>
    <message>
        <source>Mining PUE</source>
        <translation>PUE du minage</translation>
    </message>
    <message>
        <source>Change mining PUE</source>
        <translation>Modifier le PUE du minage</translation>
    </message>
    <message>
        <source>Hashprice</source>
        <translation>Hashprice</translation>
    </message>
    <message>
        <source> USD/PH/day</source>
        <translation> USD/PH/jour</translation>
    </message>
    <message>
        <source>Change hashprice</source>
        <translation>Modifier le hashprice</translation>
    </message>
    <message>
        <source>Hashprice change</source>
        <translation>Évolution du hashprice</translation>
    </message>
    <message>
        <source>Change hashprice trend</source>
        <translation>Modifier la tendance du hashprice</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Change uptime</source>
        <translation>Modifier la disponibilité</translation>
    </message>
    <message>
        <source>Apply country preset %1</source>
        <translation>Appliquer le préréglage pays %1</translation>
    </message>
    <message>
        <source>Change ASIC model</source>
        <translation>Modifier le modèle d&apos;ASIC</translation>
    </message>
    <message>
        <source>0.4 % (ASHRAE default)</source>
        <translation>0,4 % (défaut ASHRAE)</translation>
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
        <translation>Pour un site à météo horaire : la part des heures de l&apos;année autorisées au-dessus des températures sèche et humide de dimensionnement de l&apos;installation de refroidissement, prise dans les heures du fichier lui-même (centiles annuels de refroidissement, ASHRAE Handbook—Fundamentals ch. 14). 0,4 % est le choix usuel des centres de données ; 1 % et 2 % dimensionnent sur des heures plus douces et laissent donc plus de puissance à l&apos;IT. Un site à climat mensuel seulement utilise la température de dimensionnement ci-dessous.</translation>
    </message>
    <message>
        <source>Change design percentile</source>
        <translation>Modifier le centile de dimensionnement</translation>
    </message>
    <message>
        <source>Design percentile</source>
        <translation>Centile de dimensionnement</translation>
    </message>
</context>
<context>
    <name>SiteGroups</name>
    <message>
        <source>Others (%1 sites)</source>
        <translation>Autres (%1 sites)</translation>
    </message>
    <message>
        <source> — top %1 of %2 sites by %3, others summed</source>
        <translation> — %1 premiers sur %2 sites par %3, autres additionnés</translation>
    </message>
    <message>
        <source> — top %1 feasible of %2 sites by %3, others summed</source>
        <translation> — %1 premiers sites réalisables sur %2 par %3, autres additionnés</translation>
    </message>
</context>
<context>
    <name>SitesImport</name>
    <message>
        <source>The file holds no site rows</source>
        <translation>Le fichier ne contient aucune ligne de site</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln site(s)</source>
        <translation>
            <numerusform>Importer %Ln site</numerusform>
            <numerusform>Importer %Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace sites with %Ln imported</source>
        <translation>
            <numerusform>Remplacer les sites par %Ln site importé</numerusform>
            <numerusform>Remplacer les sites par %Ln sites importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename site</source>
        <translation>Renommer le site</translation>
    </message>
    <message>
        <source>too many rows: at most %1 sites per sheet</source>
        <translation>trop de lignes : %1 sites au plus par feuille</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>le fichier dépasse 16 Mio</translation>
    </message>
    <message>
        <source>more than %1 columns in row %2</source>
        <translation>plus de %1 colonnes à la ligne %2</translation>
    </message>
    <message>
        <source>must be a number (decimal comma or point), got %1</source>
        <translation>doit être un nombre (virgule ou point décimal), reçu %1</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>doit être un nombre, reçu %1</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>doit être un nombre entier, reçu %1</translation>
    </message>
    <message>
        <source>must be yes or no, got %1</source>
        <translation>doit être yes ou no, reçu %1</translation>
    </message>
    <message>
        <source>must be one of %1, got %2</source>
        <translation>doit être l&apos;une des valeurs %1, reçu %2</translation>
    </message>
    <message>
        <source>must be a month written YYYY-MM (e.g. 2028-06) or a date, got %1</source>
        <translation>doit être un mois écrit YYYY-MM (p. ex. 2028-06) ou une date, reçu %1</translation>
    </message>
    <message>
        <source>must be a whole number of months, got %1</source>
        <translation>doit être un nombre entier de mois, reçu %1</translation>
    </message>
    <message>
        <source>task %1 must be written id|name|months|dependencies|must finish before, got %2</source>
        <translation>la tâche %1 doit s&apos;écrire id|name|months|dependencies|must finish before (id|nom|mois|dépendances|à terminer avant), reçu %2</translation>
    </message>
    <message>
        <source>task %1: months must be a number, got %2</source>
        <translation>tâche %1 : la durée en mois doit être un nombre, reçu %2</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1); save the sheet as &quot;CSV UTF-8&quot; or as .xlsx</source>
        <translation>ce n&apos;est pas du texte UTF-8 (octet %1) ; enregistrez la feuille au format « CSV UTF-8 » ou en .xlsx</translation>
    </message>
    <message>
        <source>row %1: a cell longer than 32,767 characters</source>
        <translation>ligne %1 : une cellule de plus de 32 767 caractères</translation>
    </message>
    <message>
        <source>row %1: a quoted cell is not closed</source>
        <translation>ligne %1 : une cellule entre guillemets n&apos;est pas refermée</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>the sheet is empty: the first row must hold the column headers (see the template)</source>
        <translation>la feuille est vide : la première ligne doit contenir les en-têtes de colonnes (voir le modèle)</translation>
    </message>
    <message>
        <source>unknown column (the template lists the columns; docs/file-format.md &quot;Sites spreadsheet&quot;)</source>
        <translation>colonne inconnue (le modèle liste les colonnes ; docs/file-format.md « Sites spreadsheet »)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la colonne figure deux fois</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>colonne obligatoire absente</translation>
    </message>
    <message>
        <source>no site rows below the header</source>
        <translation>aucune ligne de site sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>a value in a column without a header</source>
        <translation>une valeur dans une colonne sans en-tête</translation>
    </message>
    <message>
        <source>longer than 32,767 characters</source>
        <translation>plus de 32 767 caractères</translation>
    </message>
    <message>
        <source>blank: fill it, or name a country preset in Country</source>
        <translation>vide : remplissez-la, ou indiquez un préréglage pays dans Country</translation>
    </message>
    <message>
        <source>blank: a grid queue needs both its size and its month</source>
        <translation>vide : une file d&apos;attente de raccordement demande à la fois sa capacité et son mois</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>tâche %1 : %2</translation>
    </message>
    <message>
        <source>duplicate site name %1 (already in the portfolio)</source>
        <translation>nom de site en double %1 (déjà dans le portefeuille)</translation>
    </message>
    <message>
        <source>duplicate site name %1 (also row %2)</source>
        <translation>nom de site en double %1 (aussi à la ligne %2)</translation>
    </message>
    <message>
        <source>%1 bad cell; nothing imported</source>
        <translation>%1 cellule erronée ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 bad cells; nothing imported</source>
        <translation>%1 cellules erronées ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>this is an old binary .xls workbook; save it as .xlsx or .csv first</source>
        <translation>c&apos;est un ancien classeur binaire .xls ; enregistrez-le d&apos;abord en .xlsx ou en .csv</translation>
    </message>
    <message>
        <source>not a spreadsheet: neither CSV text nor an .xlsx workbook</source>
        <translation>ce n&apos;est pas un tableur : ni du texte CSV ni un classeur .xlsx</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a sites sheet is far smaller</source>
        <translation>%1 dépasse 16 Mio ; une feuille de sites est bien plus petite</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>the workbook has no %1</source>
        <translation>le classeur n&apos;a pas de %1</translation>
    </message>
    <message>
        <source>cannot unpack %1: %2</source>
        <translation>impossible de décompresser %1 : %2</translation>
    </message>
    <message>
        <source>%1 unpacks to more than 64 MiB</source>
        <translation>%1 dépasse 64 Mio une fois décompressé</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1: a DOCTYPE is not allowed</source>
        <translation>%1 : un DOCTYPE n&apos;est pas admis</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3</source>
        <translation>%1 n&apos;est pas du XML bien formé (ligne %2) : %3</translation>
    </message>
    <message>
        <source>%1: a text longer than 32,767 characters</source>
        <translation>%1 : un texte de plus de 32 767 caractères</translation>
    </message>
    <message>
        <source>%1: rows out of order or out of range</source>
        <translation>%1 : lignes dans le désordre ou hors limites</translation>
    </message>
    <message>
        <source>%1: a malformed cell reference in row %2</source>
        <translation>%1 : une référence de cellule mal formée à la ligne %2</translation>
    </message>
    <message>
        <source>%1: a cell longer than 32,767 characters in row %2</source>
        <translation>%1 : une cellule de plus de 32 767 caractères à la ligne %2</translation>
    </message>
    <message>
        <source>%1: more than %2 columns in row %3</source>
        <translation>%1 : plus de %2 colonnes à la ligne %3</translation>
    </message>
    <message>
        <source>%1: too many rows: at most %2 sites per sheet</source>
        <translation>%1 : trop de lignes : %2 sites au plus par feuille</translation>
    </message>
    <message>
        <source>cannot read the workbook</source>
        <translation>impossible de lire le classeur</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook (%1)</source>
        <translation>ce n&apos;est pas un classeur .xlsx lisible (%1)</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation>ce n&apos;est pas un classeur .xlsx (pas de xl/workbook.xml)</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>le classeur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <source>the workbook does not say where sheet %1 is</source>
        <translation>le classeur n&apos;indique pas où se trouve la feuille %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
</context>
<context>
    <name>SitesImportDialog</name>
    <message>
        <source>Import sites from %1</source>
        <translation>Importer des sites depuis %1</translation>
    </message>
    <message>
        <source>Sites in the project</source>
        <translation>Sites du projet</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Append the imported sites (keep the %Ln current)</source>
        <translation>
            <numerusform>&amp;Ajouter les sites importés (garder le site actuel)</numerusform>
            <numerusform>&amp;Ajouter les sites importés (garder les %Ln actuels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place the current sites</source>
        <translation>Rem&amp;placer les sites actuels</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln site(s) read, no bad cell.</source>
        <translation>
            <numerusform>%Ln site lu, aucune cellule erronée.</numerusform>
            <numerusform>%Ln sites lus, aucune cellule erronée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad cell(s): nothing can be imported until the file is fixed. Each is marked below and listed by row and column.</source>
        <translation>
            <numerusform>%Ln cellule erronée : rien ne peut être importé tant que le fichier n&apos;est pas corrigé. Elle est marquée ci-dessous et listée par ligne et colonne.</numerusform>
            <numerusform>%Ln cellules erronées : rien ne peut être importé tant que le fichier n&apos;est pas corrigé. Chacune est marquée ci-dessous et listée par ligne et colonne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no site rows.</source>
        <translation>Le fichier ne contient aucune ligne de site.</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import impossible : %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
</context>
<context>
    <name>TaxFinancingDialog</name>
    <message>
        <source>Tax and financing</source>
        <translation>Fiscalité et financement</translation>
    </message>
    <message>
        <source>Corporate income tax comes from each site&apos;s country preset (sources in docs/model.md “Tax and financing”). The pre-tax NPV and IRRs do not change here; these settings add the after-tax project IRR, the equity IRR and the minimum DSCR.</source>
        <translation>L&apos;impôt sur les sociétés vient du préréglage pays de chaque site (sources dans docs/model.md « Tax and financing »). La VAN et les TRI avant impôt ne changent pas ici ; ces réglages ajoutent le TRI projet après impôt, le TRI des fonds propres et le DSCR minimal.</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impôt</translation>
    </message>
    <message>
        <source>Charge corporate income tax</source>
        <translation>Appliquer l&apos;impôt sur les sociétés</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>Impôt sur les sociétés</translation>
    </message>
    <message>
        <source>Straight line by asset class</source>
        <translation>Linéaire par classe d&apos;actifs</translation>
    </message>
    <message>
        <source>US MACRS with bonus (United States sites)</source>
        <translation>MACRS américain avec bonus (sites aux États-Unis)</translation>
    </message>
    <message>
        <source>Tax depreciation</source>
        <translation>Amortissement fiscal</translation>
    </message>
    <message>
        <source>Bonus depreciation</source>
        <translation>Amortissement bonus</translation>
    </message>
    <message>
        <source>Rate where no preset</source>
        <translation>Taux sans préréglage</translation>
    </message>
    <message>
        <source>Debt and equity</source>
        <translation>Dette et fonds propres</translation>
    </message>
    <message>
        <source>Finance construction with debt</source>
        <translation>Financer la construction par la dette</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Dette</translation>
    </message>
    <message>
        <source>Loan to cost</source>
        <translation>Ratio prêt/coût</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Taux d&apos;intérêt</translation>
    </message>
    <message>
        <source>Tenor</source>
        <translation>Durée du prêt</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Tenor (level repayment from RFS)</source>
        <translation>Durée du prêt (remboursement constant dès la MES)</translation>
    </message>
    <message>
        <source>Minimum DSCR</source>
        <translation>DSCR minimal</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Minimum DSCR (covenant)</source>
        <translation>DSCR minimal (covenant)</translation>
    </message>
    <message>
        <source>Cost of equity</source>
        <translation>Coût des fonds propres</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Tax rate per site</source>
        <translation>Taux d&apos;impôt par site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Own rate instead of the country preset</source>
        <translation>Taux propre au lieu du préréglage pays</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Corporate tax rate</source>
        <translation>Taux de l&apos;impôt sur les sociétés</translation>
    </message>
    <message>
        <source>Site tax rate</source>
        <translation>Taux d&apos;impôt du site</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1 : %2 %</translation>
    </message>
    <message>
        <source>%1: %2 % (names no site, kept)</source>
        <translation>%1 : %2 % (ne désigne aucun site, conservé)</translation>
    </message>
    <message>
        <source>Every site uses its country preset.</source>
        <translation>Chaque site utilise son préréglage pays.</translation>
    </message>
    <message>
        <source>Own rates: %1</source>
        <translation>Taux propres : %1</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation>Prend effet au redémarrage</translation>
    </message>
    <message>
        <source>The language changes when Mine2AI Planner restarts.</source>
        <translation>La langue change au redémarrage de Mine2AI Planner.</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
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
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Pas un nombre</translation>
    </message>
    <message>
        <source>Edit schedule task</source>
        <translation>Modifier la tâche du planning</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Add schedule task</source>
        <translation>Ajouter une tâche au planning</translation>
    </message>
    <message>
        <source>Remove schedule task</source>
        <translation>Supprimer la tâche du planning</translation>
    </message>
    <message>
        <source>Comma-separated task ids this task starts after, e.g. design, grid-upgrade</source>
        <translation>Identifiants des tâches après lesquelles celle-ci commence, séparés par des virgules, p. ex. design, grid-upgrade</translation>
    </message>
    <message>
        <source>Comma-separated task ids that start only after this task, e.g. gpu-install, commissioning</source>
        <translation>Identifiants des tâches qui ne commencent qu&apos;après celle-ci, séparés par des virgules, p. ex. gpu-install, commissioning</translation>
    </message>
    <message>
        <source>Must finish before</source>
        <translation>Doit finir avant</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the conversion of Bitcoin-mining sites into AI data centres</source>
        <translation>Planifier la conversion de sites de minage de bitcoins en centres de données IA</translation>
    </message>
    <message>
        <source>Open the built-in sample portfolio.</source>
        <translation>Ouvrir le portefeuille d&apos;exemple intégré.</translation>
    </message>
    <message>
        <source>Show site N (1-based) in the site view.</source>
        <translation>Afficher le site N (à partir de 1) dans la vue site.</translation>
    </message>
    <message>
        <source>A .m2ai project or a .json portfolio.</source>
        <translation>Un projet .m2ai ou un portefeuille .json.</translation>
    </message>
</context>
</TS>
