<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Export</name>
    <message>
        <location filename="../core/io/Export.cpp" line="+35"/>
        <source>self-assessed</source>
        <translation>self-assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Maximum: </source>
        <translation>Maximum: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead unit: </source>
        <translation>Lead unit: </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+265"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_points</source>
        <translation>max_points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aggregation</source>
        <translation>aggregation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead_unit</source>
        <translation>lead_unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+310"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <comment>ranking column: the unit code</comment>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year&apos;s rank</source>
        <translation>Last year&apos;s rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against last year&apos;s total</source>
        <translation>Against last year&apos;s total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year&apos;s rank out of</source>
        <translation>Last year&apos;s rank out of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many units last year&apos;s ranking had</source>
        <translation>How many units last year&apos;s ranking had</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predecessors last year</source>
        <translation>Predecessors last year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The units this one was made from, each with its own rank and percentage of last year</source>
        <translation>The units this one was made from, each with its own rank and percentage of last year</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 ranking – %3 (%4)</source>
        <translation>%1 %2 ranking – %3 (%4)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+47"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>The unit&apos;s name (or code)</source>
        <translation>The unit&apos;s name (or code)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Recorded total
Maximum: </source>
        <translation>Recorded total
Maximum: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 scores – %3 (%4)</source>
        <translation>%1 %2 scores – %3 (%4)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type a number from 0 to %1 (the maximum of criterion %2).</source>
        <translation>Type a number from 0 to %1 (the maximum of criterion %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The unit&apos;s code: it names the unit even after a rename. Leave it as it is.</source>
        <translation>The unit&apos;s code: it names the unit even after a rename. Leave it as it is.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to fill in this template</source>
        <translation>How to fill in this template</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score template of %1, %2 – %3.</source>
        <translation>Score template of %1, %2 – %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Type the scores into the yellow cells of the &quot;Scores&quot; sheet: one row per unit, one column per component criterion.</source>
        <translation>1. Type the scores into the yellow cells of the &quot;Scores&quot; sheet: one row per unit, one column per component criterion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. Do not change the first row (criterion codes) or the first column (unit names); do not add, remove or move columns.</source>
        <translation>2. Do not change the first row (criterion codes) or the first column (unit names); do not add, remove or move columns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. A score is a number from 0 to the criterion&apos;s maximum, with at most 6 decimals; a decimal comma or point both work. Leave a cell blank when there is no score.</source>
        <translation>3. A score is a number from 0 to the criterion&apos;s maximum, with at most 6 decimals; a decimal comma or point both work. Leave a cell blank when there is no score.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4. Each criterion&apos;s title and maximum are on the &quot;Criteria&quot; sheet and in the note of its code&apos;s cell.</source>
        <translation>4. Each criterion&apos;s title and maximum are on the &quot;Criteria&quot; sheet and in the note of its code&apos;s cell.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>5. A blank cell removes a score already recorded for that unit and criterion. If this file goes to several units, each keeps only its own row (deleting the others) before sending it back.</source>
        <translation>5. A blank cell removes a score already recorded for that unit and criterion. If this file goes to several units, each keeps only its own row (deleting the others) before sending it back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>6. To import the filled-in file: parindex scores import --index %1 --year %2%3 [--stage self] FILE.xlsx</source>
        <translation>6. To import the filled-in file: parindex scores import --index %1 --year %2%3 [--stage self] FILE.xlsx</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 score template – %3</source>
        <translation>%1 %2 score template – %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Code</source>
        <comment>framework column note: the criterion code</comment>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum points</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent code (blank: top level)</source>
        <translation>Parent code (blank: top level)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the children make the parent: sum or mean</source>
        <translation>How the children make the parent: sum or mean</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index code</source>
        <translation>Index code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index name</source>
        <translation>Index name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Aggregation of the total</source>
        <translation>Aggregation of the total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bands</source>
        <translation>Bands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To import again</source>
        <translation>To import again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 framework</source>
        <translation>%1 %2 framework</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Audit log</source>
        <comment>sheet name</comment>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (UTC)</source>
        <translation>At (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit log</source>
        <comment>title of the workbook</comment>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log %1</source>
        <translation>Audit log %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/commands/SetScoresCommand.cpp" line="+39"/>
        <source>undo: %1</source>
        <translation>undo: %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/SetNoteCommand.cpp" line="+69"/>
        <location filename="../ui/commands/SetScoresCommand.cpp" line="+31"/>
        <source>Redo of &quot;%1&quot; refused: %2</source>
        <translation>Redo of &quot;%1&quot; refused: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/commands/SetScoresCommand.cpp" line="+8"/>
        <source>Undo of &quot;%1&quot; refused: %2</source>
        <translation>Undo of &quot;%1&quot; refused: %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/ReportStrings.cpp" line="+22"/>
        <source>PEOPLE&apos;S COMMITTEE
OF %1 PROVINCE</source>
        <translation>PEOPLE&apos;S COMMITTEE
OF %1 PROVINCE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PUBLIC ADMINISTRATION REFORM
STEERING COMMITTEE</source>
        <translation>PUBLIC ADMINISTRATION REFORM
STEERING COMMITTEE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.:          /BC-BCĐ</source>
        <translation>No.:          /BC-BCĐ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>SOCIALIST REPUBLIC OF VIET NAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independence - Freedom - Happiness</source>
        <translation>Independence - Freedom - Happiness</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2/%3/%4</source>
        <translation>%1, %2/%3/%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2/%3</source>
        <translation>%1/%2/%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REPORT</source>
        <translation>REPORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results of the %1, %2, for %3 province</source>
        <translation>Results of the %1, %2, for %3 province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results of the %1, %2, for %3</source>
        <translation>Results of the %1, %2, for %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(continued)</source>
        <translation>(continued)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Report on the %1 %2 – %3</source>
        <translation>Report on the %1 %2 – %3</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>prepared on %1</source>
        <translation>prepared on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public Administration Reform Steering Committee of %1 province</source>
        <translation>Public Administration Reform Steering Committee of %1 province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 province</source>
        <translation>%1 province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table %1. %2</source>
        <translation>Table %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart %1. %2</source>
        <translation>Chart %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ANNEX %1</source>
        <translation>ANNEX %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OVERALL RESULT</source>
        <translation>OVERALL RESULT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TREND OVER THE YEARS</source>
        <translation>TREND OVER THE YEARS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RESULTS BY FIELD</source>
        <translation>RESULTS BY FIELD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SATISFACTION OF CITIZENS AND ORGANISATIONS (SIPAS)</source>
        <translation>SATISFACTION OF CITIZENS AND ORGANISATIONS (SIPAS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WHERE POINTS WERE LOST</source>
        <translation>WHERE POINTS WERE LOST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RANKINGS OF AGENCIES AND LOCAL AUTHORITIES</source>
        <translation>RANKINGS OF AGENCIES AND LOCAL AUTHORITIES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1, %2 scored %3 of %4 points, %5% of the maximum.</source>
        <translation>In %1, %2 scored %3 of %4 points, %5% of the maximum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+115"/>
        <source> Ranked %1 of %2.</source>
        <translation> Ranked %1 of %2.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source> Ranked %1 of %2 (as published).</source>
        <translation> Ranked %1 of %2 (as published).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Classification: %1.</source>
        <translation> Classification: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Against %1 (%2 points), the total rose by %3 points</source>
        <translation> Against %1 (%2 points), the total rose by %3 points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Against %1 (%2 points), the total fell by %3 points</source>
        <translation> Against %1 (%2 points), the total fell by %3 points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Against %1 (%2 points), the total is unchanged</source>
        <translation> Against %1 (%2 points), the total is unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the rank rose %1 places (%2: %3 of %4).</source>
        <translation>; the rank rose %1 places (%2: %3 of %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the rank fell %1 places (%2: %3 of %4).</source>
        <translation>; the rank fell %1 places (%2: %3 of %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the rank stayed at %1 of %2.</source>
        <translation>; the rank stayed at %1 of %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Total score</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Share of maximum</source>
        <translation>Share of maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+55"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+20"/>
        <location line="+55"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No result for the year before</source>
        <translation>No result for the year before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results of %1 against %2</source>
        <translation>Results of %1 against %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>Share of maximum (%)</source>
        <translation>Share of maximum (%)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>up %1</source>
        <translation>up %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down %1</source>
        <translation>down %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts of the total score, %1</source>
        <translation>Parts of the total score, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <comment>column: the points a part scored</comment>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <comment>the last row of a table, adding up the rows above</comment>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recorded total (%1) differs from the aggregate of its parts (%2) by %3: the recorded value stands, as published totals are computed from unrounded parts.</source>
        <translation>The recorded total (%1) differs from the aggregate of its parts (%2) by %3: the recorded value stands, as published totals are computed from unrounded parts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank as published: %1.</source>
        <translation>Rank as published: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Illustrative figures.</source>
        <translation>Illustrative figures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 total score by year</source>
        <translation>%1 total score by year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 score as a share of the maximum by year</source>
        <translation>%1 score as a share of the maximum by year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>rank %1/%2</source>
        <translation>rank %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 results by year</source>
        <translation>%1 results by year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranks as published by the issuing authority (the database does not hold the whole cohort to compute them): %1.</source>
        <translation>Ranks as published by the issuing authority (the database does not hold the whole cohort to compute them): %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <comment>column: a unit&apos;s total score</comment>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score as a share of the maximum by field, %1</source>
        <translation>Score as a share of the maximum by field, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores by field, %1</source>
        <translation>Scores by field, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change on %1</source>
        <translation>Change on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest share: %1 (%2%); lowest: %3 (%4%).</source>
        <translation>Highest share: %1 (%2%); lowest: %3 (%4%).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1, the satisfaction of citizens and organisations with the services of %2&apos;s public administration (SIPAS) was %3%.</source>
        <translation>In %1, the satisfaction of citizens and organisations with the services of %2&apos;s public administration (SIPAS) was %3%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highest satisfaction: %1 (%2%).</source>
        <translation>Highest satisfaction: %1 (%2%).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest satisfaction: %1 (%2%).</source>
        <translation>Lowest satisfaction: %1 (%2%).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction by aspect, %1</source>
        <translation>Satisfaction by aspect, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfied (%)</source>
        <translation>Satisfied (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The component criteria where most points were lost in %1 are listed below with their lead units; each lead unit is asked to explain the cause and propose a remedy.</source>
        <translation>The component criteria where most points were lost in %1 are listed below with their lead units; each lead unit is asked to explain the cause and propose a remedy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 criteria with most points lost, %2</source>
        <translation>The %1 criteria with most points lost, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max.</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <comment>column: the points a criterion scored</comment>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points lost by lead unit, %1</source>
        <translation>Points lost by lead unit, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points lost</source>
        <translation>Points lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none assigned)</source>
        <translation>(none assigned)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria that fell since %1</source>
        <translation>Criteria that fell since %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No points were lost.</source>
        <translation>No points were lost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No criterion fell since %1.</source>
        <translation>No criterion fell since %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>%1, %2: ranking of %3</source>
        <translation>%1, %2: ranking of %3</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank %1</source>
        <translation>Rank %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“=” after a rank: tied (equal totals).</source>
        <translation>“=” after a rank: tied (equal totals).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not ranked (no score): %1.</source>
        <translation>Not ranked (no score): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not shown until the %1 results are finalised: the rankings of %2.</source>
        <translation>Not shown until the %1 results are finalised: the rankings of %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum: %1 points.</source>
        <translation>Maximum: %1 points.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full ranking of the %2 units of “%1”: see Annex %3.</source>
        <translation>The full ranking of the %2 units of “%1”: see Annex %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Members of the steering committee;</source>
        <translation>- Members of the steering committee;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- The agencies and units concerned;</source>
        <translation>- The agencies and units concerned;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Archive.</source>
        <translation>- Archive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOR THE STEERING COMMITTEE</source>
        <translation>FOR THE STEERING COMMITTEE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHAIR</source>
        <translation>CHAIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HEAD OF THE AGENCY</source>
        <translation>HEAD OF THE AGENCY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %1 criteria are not scored (%2; %3 points at most): the total counts the scored criteria only, and the rank and classification are provisional.</source>
        <translation> %1 criteria are not scored (%2; %3 points at most): the total counts the scored criteria only, and the rank and classification are provisional.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* Fields not fully scored (criteria not scored in brackets): %1. The score counts the scored criteria only; no share is computed and no comparison is made.</source>
        <translation>* Fields not fully scored (criteria not scored in brackets): %1. The score counts the scored criteria only; no share is computed and no comparison is made.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Criteria not scored, %1</source>
        <translation>Criteria not scored, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 criteria (%2 points at most) are not scored. They are not counted as points lost, and their lead units are not asked to explain them until they are scored.</source>
        <translation>%1 criteria (%2 points at most) are not scored. They are not counted as points lost, and their lead units are not asked to explain them until they are scored.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points lost %1 + not scored %2 + total %3 = maximum %4.</source>
        <translation>Points lost %1 + not scored %2 + total %3 = maximum %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (incomplete: %2 not scored)</source>
        <translation>%1 (incomplete: %2 not scored)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“*” after a rank: the unit is not fully scored; its total counts the scored criteria only, and its rank and classification are provisional.</source>
        <translation>“*” after a rank: the unit is not fully scored; its total counts the scored criteria only, and its rank and classification are provisional.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 unit(s) not fully scored: the whole ranking is provisional until they are.</source>
        <translation>%1 unit(s) not fully scored: the whole ranking is provisional until they are.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 to %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum changed between the years (%1): the change is in shares of the maximum (percentage points), not in points.</source>
        <translation>The maximum changed between the years (%1): the change is in shares of the maximum (percentage points), not in points.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more criteria share the value %2.</source>
        <translation>%1 more criteria share the value %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results of the %1, %2</source>
        <translation>Results of the %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %3, %1 units of “%2” were assessed.</source>
        <translation>In %3, %1 units of “%2” were assessed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units by classification: %1.</source>
        <translation>Units by classification: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rose most: %1, up %2 place(s) (from %3 to %4).</source>
        <translation>Rose most: %1, up %2 place(s) (from %3 to %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fell most: %1, down %2 place(s) (from %3 to %4).</source>
        <translation>Fell most: %1, down %2 place(s) (from %3 to %4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria where “%1” lost most, %2</source>
        <translation>Criteria where “%1” lost most, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean points lost over the units that scored the criterion; an unscored criterion is not counted as lost.</source>
        <translation>Mean points lost over the units that scored the criterion; an unscored criterion is not counted as lost.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean lost</source>
        <translation>Mean lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units scored</source>
        <translation>Units scored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean share of the maximum by field (%) of “%1”, %2</source>
        <translation>Mean share of the maximum by field (%) of “%1”, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean over the units that scored the whole field; changes in percentage points.</source>
        <translation>Mean over the units that scored the whole field; changes in percentage points.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, %2 reached %3% (the mean of its criteria).</source>
        <translation>In %1, %2 reached %3% (the mean of its criteria).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRITERIA WITH THE LOWEST SHARES</source>
        <translation>CRITERIA WITH THE LOWEST SHARES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 criteria with the lowest shares, %2</source>
        <translation>The %1 criteria with the lowest shares, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.:          /%1</source>
        <translation>No.:          /%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEOPLE&apos;S COMMITTEE OF %1 PROVINCE</source>
        <translation>PEOPLE&apos;S COMMITTEE OF %1 PROVINCE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEOPLE&apos;S COMMITTEE OF %1</source>
        <translation>PEOPLE&apos;S COMMITTEE OF %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Ranked %1 of %2, tied.</source>
        <translation> Ranked %1 of %2, tied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Classification moved from %1 (%2) to %3.</source>
        <translation> Classification moved from %1 (%2) to %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MERGERS, SPLITS AND RENAMES OF UNITS</source>
        <translation>MERGERS, SPLITS AND RENAMES OF UNITS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These changes to the units took effect in %1. Each unit is ranked in its new form; results from before a change stay with the units it came from and are never added together.</source>
        <translation>These changes to the units took effect in %1. Each unit is ranked in its new form; results from before a change stay with the units it came from and are never added together.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These changes to the units took effect after %1, the previous year with scores, and up to %2. Each unit is ranked in its new form; results from before a change stay with the units it came from and are never added together.</source>
        <translation>These changes to the units took effect after %1, the previous year with scores, and up to %2. Each unit is ranked in its new form; results from before a change stay with the units it came from and are never added together.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mergers, splits and renames of units, %1</source>
        <translation>Mergers, splits and renames of units, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of change</source>
        <translation>Kind of change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units before</source>
        <translation>Units before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units after</source>
        <translation>Units after</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into a new unit</source>
        <translation>Merged into a new unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into an existing unit</source>
        <translation>Merged into an existing unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renamed</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predecessors %1</source>
        <translation>predecessors %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; merged in %2</source>
        <translation>%1; merged in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3%)</source>
        <translation>%1 (%2, %3%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no score)</source>
        <translation>%1 (no score)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was formed from other units: in %2 its predecessors ranked %3.</source>
        <translation>%1 was formed from other units: in %2 its predecessors ranked %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 took in other units: in %2 it ranked %3 and the units merged into it %4.</source>
        <translation>%1 took in other units: in %2 it ranked %3 and the units merged into it %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (vs %2)</source>
        <translation>%1 (vs %2)</translation>
    </message>
</context>
<context>
    <name>par</name>
    <message>
        <location filename="../core/scoring/Standing.cpp" line="+89"/>
        <source>published rank %1 of %2 differs from the computed %3 of %4</source>
        <translation>published rank %1 of %2 differs from the computed %3 of %4</translation>
    </message>
</context>
<context>
    <name>par::Accounts</name>
    <message>
        <location filename="../core/storage/Accounts.cpp" line="+11"/>
        <source>the login is empty</source>
        <translation>the login is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the login %1 is longer than the server allows (63 bytes)</source>
        <translation>the login %1 is longer than the server allows (63 bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the login %1 contains a control character</source>
        <translation>the login %1 contains a control character</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the login %1 is reserved by the server (names beginning with pg_)</source>
        <translation>the login %1 is reserved by the server (names beginning with pg_)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accounts and roles exist only in a database on a PostgreSQL server; a database file has none (whoever may open the file may change it)</source>
        <translation>accounts and roles exist only in a database on a PostgreSQL server; a database file has none (whoever may open the file may change it)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your account (%1) may not manage accounts; the secretariat does</source>
        <translation>your account (%1) may not manage accounts; the secretariat does</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a unit account needs its unit (--unit NAME)</source>
        <translation>a unit account needs its unit (--unit NAME)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a unit account has a unit; the %1 role covers every unit</source>
        <translation>only a unit account has a unit; the %1 role covers every unit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no unit &quot;%1&quot;</source>
        <translation>there is no unit &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the login %1 does not exist yet: give its password on standard input or in PARINDEX_NEW_PASSWORD</source>
        <translation>the login %1 does not exist yet: give its password on standard input or in PARINDEX_NEW_PASSWORD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account %1: %2</source>
        <translation>account %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has no account in this database</source>
        <translation>%1 has no account in this database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 removed</source>
        <translation>account %1 removed</translation>
    </message>
</context>
<context>
    <name>par::Analysis</name>
    <message>
        <location filename="../core/scoring/Analysis.cpp" line="+45"/>
        <source>there is no unit &quot;%1&quot;</source>
        <translation>there is no unit &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>your account (%1) reads the self-assessments of its own unit only, so it cannot rank &quot;%2&quot;</source>
        <translation>your account (%1) reads the self-assessments of its own unit only, so it cannot rank &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 results of &quot;%2&quot; are not published yet: your account (%3) reads other units&apos; final results once their year is finalised</source>
        <translation>the %1 results of &quot;%2&quot; are not published yet: your account (%3) reads other units&apos; final results once their year is finalised</translation>
    </message>
    <message>
        <location line="+561"/>
        <location line="+106"/>
        <source>there is no unit %1</source>
        <translation>there is no unit %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>published: %1</source>
        <translation>published: %1</translation>
    </message>
</context>
<context>
    <name>par::AuditLog</name>
    <message>
        <location filename="../core/storage/AuditLog.cpp" line="+502"/>
        <location line="+29"/>
        <source>cannot read the audit log of %1</source>
        <translation>cannot read the audit log of %1</translation>
    </message>
    <message>
        <location line="-328"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>cannot seal the audit log</source>
        <translation>cannot seal the audit log</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>cannot number the audit log&apos;s new entries</source>
        <translation>cannot number the audit log&apos;s new entries</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>your account (%1) reads only its own unit&apos;s part of the audit log; the whole chain is checked by the secretariat, an appraiser or a viewer</source>
        <translation>your account (%1) reads only its own unit&apos;s part of the audit log; the whole chain is checked by the secretariat, an appraiser or a viewer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+34"/>
        <source>cannot read the audit log</source>
        <translation>cannot read the audit log</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <location line="+30"/>
        <location line="+29"/>
        <source>audit entry %1 is missing (deleted)</source>
        <translation>audit entry %1 is missing (deleted)</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+26"/>
        <location line="+30"/>
        <location line="+29"/>
        <source>audit entries %1 to %2 are missing (deleted)</source>
        <translation>audit entries %1 to %2 are missing (deleted)</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+56"/>
        <source>audit entries from %1 lost their seal (edited outside parindex)</source>
        <translation>audit entries from %1 lost their seal (edited outside parindex)</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+57"/>
        <source>audit entry %1 was changed, or an entry before it deleted, outside parindex</source>
        <translation>audit entry %1 was changed, or an entry before it deleted, outside parindex</translation>
    </message>
</context>
<context>
    <name>par::Band</name>
    <message>
        <location filename="../core/model/Band.cpp" line="+35"/>
        <source>band &quot;%1&quot; should look like 90=Xuất sắc</source>
        <translation>band &quot;%1&quot; should look like 90=Xuất sắc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>band &quot;%1&quot; must be between 0 and 100 percent</source>
        <translation>band &quot;%1&quot; must be between 0 and 100 percent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two bands start at %1 percent</source>
        <translation>two bands start at %1 percent</translation>
    </message>
</context>
<context>
    <name>par::Catalog</name>
    <message>
        <location filename="../core/storage/IndexStore.cpp" line="+36"/>
        <source>there is no index %1 in %2</source>
        <translation>there is no index %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/storage/FrameworkStore.cpp" line="+36"/>
        <source>index %1 has no framework for %2; import one with &quot;parindex index import&quot;</source>
        <translation>index %1 has no framework for %2; import one with &quot;parindex index import&quot;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the %1 framework of %2 has no root criterion</source>
        <translation>the %1 framework of %2 has no root criterion</translation>
    </message>
    <message>
        <location filename="../core/storage/UnitStore.cpp" line="+75"/>
        <source>%1 units are named &quot;%2&quot;; give the unit&apos;s code instead</source>
        <translation>%1 units are named &quot;%2&quot;; give the unit&apos;s code instead</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>index %1 has no cohort &quot;%2&quot;</source>
        <translation>index %1 has no cohort &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot create cohort %1</source>
        <translation>cannot create cohort %1</translation>
    </message>
    <message>
        <location line="+248"/>
        <source>cannot create the import&apos;s %1 new units</source>
        <translation>cannot create the import&apos;s %1 new units</translation>
    </message>
    <message>
        <location line="-317"/>
        <location line="+296"/>
        <source>a unit named &quot;%1&quot; without a code already exists; give the new one a code</source>
        <translation>a unit named &quot;%1&quot; without a code already exists; give the new one a code</translation>
    </message>
    <message>
        <location filename="../core/storage/ScoreStore.cpp" line="+524"/>
        <source>the import refers to units, criteria or a cohort that do not exist (%1 missing); nothing was imported</source>
        <translation>the import refers to units, criteria or a cohort that do not exist (%1 missing); nothing was imported</translation>
    </message>
</context>
<context>
    <name>par::Cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="+1054"/>
        <source>cannot start the part of parindex that paints reports and shows the window (%1): %2; reinstall parindex</source>
        <translation>cannot start the part of parindex that paints reports and shows the window (%1): %2; reinstall parindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang must be vi or en</source>
        <translation>--lang must be vi or en</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The account&apos;s login (its role name on the server).</source>
        <translation>The account&apos;s login (its role name on the server).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (see parindex %1 --help)</source>
        <translation> (see parindex %1 --help)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected argument %1 (see parindex %2 --help)</source>
        <translation>unexpected argument %1 (see parindex %2 --help)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &quot;%1&quot;; see parindex --help</source>
        <translation>unknown command &quot;%1&quot;; see parindex --help</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The file to import: CSV (UTF-8) or Excel (.xlsx).</source>
        <translation>The file to import: CSV (UTF-8) or Excel (.xlsx).</translation>
    </message>
</context>
<context>
    <name>par::Completeness</name>
    <message>
        <location filename="../core/scoring/Standing.cpp" line="-47"/>
        <source>%1 of %2 units in the database; published ranks shown where there are any</source>
        <translation>%1 of %2 units in the database; published ranks shown where there are any</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 units scored; ranks provisional</source>
        <translation>%1 of %2 units scored; ranks provisional</translation>
    </message>
</context>
<context>
    <name>par::CsvReader</name>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="+19"/>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: line %2, column %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>a cell is longer than 1 MiB</source>
        <translation>a cell is longer than 1 MiB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a quote appears inside an unquoted field</source>
        <translation>a quote appears inside an unquoted field</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unexpected text after a closing quote</source>
        <translation>unexpected text after a closing quote</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>invalid UTF-8 byte sequence</source>
        <translation>invalid UTF-8 byte sequence</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>cannot read the file (%1)</source>
        <translation>cannot read the file (%1)</translation>
    </message>
</context>
<context>
    <name>par::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+246"/>
        <source>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+8"/>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cannot reach the SQLite handle of %1</source>
        <translation>cannot reach the SQLite handle of %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+70"/>
        <source>%1 is not a parindex database: %2</source>
        <translation>%1 is not a parindex database: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/storage/ServerBackend.cpp" line="+714"/>
        <source>%1 was written by a newer parindex (schema %2, this program knows %3)</source>
        <translation>%1 was written by a newer parindex (schema %2, this program knows %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/storage/ServerBackend.cpp" line="+7"/>
        <source>migration %1 is missing from the program</source>
        <translation>migration %1 is missing from the program</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/storage/ServerBackend.cpp" line="+21"/>
        <source>upgrading %1 to schema %2 failed: %3</source>
        <translation>upgrading %1 to schema %2 failed: %3</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+7"/>
        <source>cannot start a transaction on %1: %2</source>
        <translation>cannot start a transaction on %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot save the changes to %1: %2</source>
        <translation>cannot save the changes to %1: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>row %1 of %2 refers to a missing %3</source>
        <translation>row %1 of %2 refers to a missing %3</translation>
    </message>
    <message>
        <location line="-467"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+487"/>
        <source>backup to %1 failed: %2</source>
        <translation>backup to %1 failed: %2</translation>
    </message>
    <message>
        <location line="-515"/>
        <location line="+255"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>cannot write in %1: %2</source>
        <translation>cannot write in %1: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the database %1 does not exist</source>
        <translation>the database %1 does not exist</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+424"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>%1 is empty, not a parindex database</source>
        <translation>%1 is empty, not a parindex database</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+442"/>
        <source>%1 is not a parindex database</source>
        <translation>%1 is not a parindex database</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>%1 is another program&apos;s database, not a parindex database; it was left as it was</source>
        <translation>%1 is another program&apos;s database, not a parindex database; it was left as it was</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the database %1 is read-only and needs an upgrade that writes to it; copy it to a folder you may write to</source>
        <translation>the database %1 is read-only and needs an upgrade that writes to it; copy it to a folder you may write to</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+117"/>
        <location filename="../core/storage/ServerBackend.cpp" line="+49"/>
        <source>another program is writing to the database; try again</source>
        <translation>another program is writing to the database; try again</translation>
    </message>
    <message>
        <location line="-115"/>
        <location filename="../core/storage/ServerBackend.cpp" line="+2"/>
        <source>the database is read-only</source>
        <translation>the database is read-only</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the change refers to a record that does not exist, or removes one that other records still refer to (another program may have changed the database meanwhile); nothing was changed</source>
        <translation>the change refers to a record that does not exist, or removes one that other records still refer to (another program may have changed the database meanwhile); nothing was changed</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the database %1 is read-only</source>
        <translation>the database %1 is read-only</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>%1: another program is writing; try again</source>
        <translation>%1: another program is writing; try again</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>a server database is backed up on the server, with pg_dump</source>
        <translation>a server database is backed up on the server, with pg_dump</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backup cannot overwrite the database it copies</source>
        <translation>a backup cannot overwrite the database it copies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a server database is restored on the server, with pg_restore or psql</source>
        <translation>a server database is restored on the server, with pg_restore or psql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup and the database are the same file</source>
        <translation>the backup and the database are the same file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the backup %1 does not exist</source>
        <translation>the backup %1 does not exist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backup %1 is damaged: %2</source>
        <translation>the backup %1 is damaged: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot restore %1: %2</source>
        <translation>cannot restore %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>finalised: reopen the cohort-year before changing its scores</source>
        <translation>finalised: reopen the cohort-year before changing its scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before changing its members</source>
        <translation>finalised: reopen the cohort-year before changing its members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before changing its framework</source>
        <translation>finalised: reopen the cohort-year before changing its framework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before changing its published ranks</source>
        <translation>finalised: reopen the cohort-year before changing its published ranks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before changing how its index aggregates</source>
        <translation>finalised: reopen the cohort-year before changing how its index aggregates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before moving its cohort</source>
        <translation>finalised: reopen the cohort-year before moving its cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before removing its cohort</source>
        <translation>finalised: reopen the cohort-year before removing its cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before removing its index</source>
        <translation>finalised: reopen the cohort-year before removing its index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before removing its units</source>
        <translation>finalised: reopen the cohort-year before removing its units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: reopen the cohort-year before renumbering its units</source>
        <translation>finalised: reopen the cohort-year before renumbering its units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: the cohort-year is already final</source>
        <translation>finalised: the cohort-year is already final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: only &quot;parindex reopen&quot; with a reason changes a finalisation</source>
        <translation>finalised: only &quot;parindex reopen&quot; with a reason changes a finalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalised: only &quot;parindex reopen&quot; with a reason removes a finalisation</source>
        <translation>finalised: only &quot;parindex reopen&quot; with a reason removes a finalisation</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerAddress.cpp" line="+24"/>
        <source>a password does not belong in the database address; put it in ~/.pgpass or PGPASSWORD</source>
        <translation>a password does not belong in the database address; put it in ~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/storage/ServerBackend.cpp" line="-227"/>
        <source>%1 is not a valid database address</source>
        <translation>%1 is not a valid database address</translation>
    </message>
    <message>
        <location filename="../core/storage/ImportArray.cpp" line="+179"/>
        <location filename="../core/storage/ScoreStore.cpp" line="-477"/>
        <location filename="../core/storage/ServerBackend.cpp" line="-95"/>
        <location line="+685"/>
        <location filename="../core/storage/Sql.cpp" line="+218"/>
        <location line="+120"/>
        <location line="+101"/>
        <source>%1 (statement %2)</source>
        <translation>%1 (statement %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/ServerBackend.cpp" line="-912"/>
        <source>the units</source>
        <translation>the units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the indexes</source>
        <translation>the indexes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the criteria frameworks</source>
        <translation>the criteria frameworks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cohorts and their members</source>
        <translation>the cohorts and their members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scores</source>
        <translation>scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the published ranks</source>
        <translation>the published ranks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which results are final</source>
        <translation>which results are final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report settings</source>
        <translation>the report settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the accounts</source>
        <translation>the accounts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this part of the database</source>
        <translation>this part of the database</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>a criterion this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>a criterion this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>a unit this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>a unit this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a cohort this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>a cohort this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an index this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>an index this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a criteria framework this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>a criteria framework this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a merger, split or renaming this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</source>
        <translation>a merger, split or renaming this change refers to does not exist (another program may have removed it meanwhile); nothing was changed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the unit cannot be removed: scores are still recorded for it; nothing was changed</source>
        <translation>the unit cannot be removed: scores are still recorded for it; nothing was changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the criterion cannot be removed: scores are still recorded for it; nothing was changed</source>
        <translation>the criterion cannot be removed: scores are still recorded for it; nothing was changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the unit cannot be removed: an account still belongs to it; nothing was changed</source>
        <translation>the unit cannot be removed: an account still belongs to it; nothing was changed</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>this change was refused: other records refer to what it removes, or it refers to something that does not exist; nothing was changed</source>
        <translation>this change was refused: other records refer to what it removes, or it refers to something that does not exist; nothing was changed</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>the server at %1 is starting up or shutting down; try again in a moment</source>
        <translation>the server at %1 is starting up or shutting down; try again in a moment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not reach the server at %1: check the address and the port, and that the server is running and accepts connections from this computer</source>
        <translation>could not reach the server at %1: check the address and the port, and that the server is running and accepts connections from this computer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>your user name</source>
        <translation>your user name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server at %1 asks for the password of %2</source>
        <translation>the server at %1 asks for the password of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong user name or password for %1 at %2</source>
        <translation>wrong user name or password for %1 at %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server at %1 did not let %2 into the database %3: check the names, or ask the server&apos;s administrator whether this user may connect to it</source>
        <translation>the server at %1 did not let %2 into the database %3: check the names, or ask the server&apos;s administrator whether this user may connect to it</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)</source>
        <translation>the PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach the PostgreSQL connection of %1</source>
        <translation>cannot reach the PostgreSQL connection of %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 holds another program&apos;s tables, not a parindex database; it was left as it was</source>
        <translation>%1 holds another program&apos;s tables, not a parindex database; it was left as it was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds no parindex database yet (parindex init --db %1 creates it)</source>
        <translation>%1 holds no parindex database yet (parindex init --db %1 creates it)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the schema version of %1</source>
        <translation>cannot read the schema version of %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 may not create the database&apos;s group roles, which schema %2 of %3 needs: the database&apos;s owner needs CREATEROLE (as a superuser: ALTER ROLE %1 CREATEROLE), or a superuser runs parindex init on it once</source>
        <translation>%1 may not create the database&apos;s group roles, which schema %2 of %3 needs: the database&apos;s owner needs CREATEROLE (as a superuser: ALTER ROLE %1 CREATEROLE), or a superuser runs parindex init on it once</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a server database starts at schema %1</source>
        <translation>a server database starts at schema %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the server&apos;s disk is full</source>
        <translation>the server&apos;s disk is full</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection to the server was lost, and connecting again failed: %1</source>
        <translation>the connection to the server was lost, and connecting again failed: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection to the server was lost: %1</source>
        <translation>the connection to the server was lost: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>your account (%1) may not manage accounts; the secretariat does</source>
        <translation>your account (%1) may not manage accounts; the secretariat does</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a superuser is not given a parindex role</source>
        <translation>a superuser is not given a parindex role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an account cannot remove itself</source>
        <translation>an account cannot remove itself</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>your account (%1) may not change %2</source>
        <translation>your account (%1) may not change %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a database file has no accounts</source>
        <translation>a database file has no accounts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot encrypt the password: %1</source>
        <translation>cannot encrypt the password: %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>cannot count the values whose unit or criterion does not exist</source>
        <translation>cannot count the values whose unit or criterion does not exist</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n value(s) refer to a unit that does not exist</source>
        <translation>
            <numerusform>%n value refers to a unit that does not exist</numerusform>
            <numerusform>%n values refer to a unit that does not exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s) refer to a criterion that does not exist</source>
        <translation>
            <numerusform>%n value refers to a criterion that does not exist</numerusform>
            <numerusform>%n values refer to a criterion that does not exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s) fail the table&apos;s checks (an unknown stage, a value below zero or a version below 1)</source>
        <translation>
            <numerusform>%n value fails the table&apos;s checks (an unknown stage, a value below zero or a version below 1)</numerusform>
            <numerusform>%n values fail the table&apos;s checks (an unknown stage, a value below zero or a version below 1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../core/storage/Sql.cpp" line="-77"/>
        <source>the program has no statement %1</source>
        <translation>the program has no statement %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/storage/Sql.cpp" line="+47"/>
        <source>statement %1 has no value named %2</source>
        <translation>statement %1 has no value named %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/storage/Sql.cpp" line="+7"/>
        <source>statement %1 needs a value for %2</source>
        <translation>statement %1 needs a value for %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a database file has no server to ask</source>
        <translation>a database file has no server to ask</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server&apos;s answer to %1 is not a list of pairs of whole numbers</source>
        <translation>the server&apos;s answer to %1 is not a list of pairs of whole numbers</translation>
    </message>
</context>
<context>
    <name>par::DatabaseCopy</name>
    <message>
        <location filename="../core/storage/DatabaseCopy.cpp" line="+222"/>
        <source>a row of %1 has %2 values, not %3</source>
        <translation>a row of %1 has %2 values, not %3</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>%1: the copy switches the database&apos;s triggers off for its own transaction, which only the owner of its tables may do (%2)</source>
        <translation>%1: the copy switches the database&apos;s triggers off for its own transaction, which only the owner of its tables may do (%2)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 holds a table this program does not know (%2); it cannot be copied exactly</source>
        <translation>%1 holds a table this program does not know (%2); it cannot be copied exactly</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no table %2</source>
        <translation>%1 has no table %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 already exists; copy writes a new database, never into one that holds data</source>
        <translation>%1 already exists; copy writes a new database, never into one that holds data</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not empty (it holds rows in %2); copy writes only into a new, empty database, and nothing was changed</source>
        <translation>%1 is not empty (it holds rows in %2); copy writes only into a new, empty database, and nothing was changed</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the table %1 of %2 has other columns than the source&apos;s</source>
        <translation>the table %1 of %2 has other columns than the source&apos;s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the source has schema %1 and the destination %2</source>
        <translation>the source has schema %1 and the destination %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--from and --to name the same database</source>
        <translation>--from and --to name the same database</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot name the copy %1 (does it exist now?); nothing was kept</source>
        <translation>cannot name the copy %1 (does it exist now?); nothing was kept</translation>
    </message>
</context>
<context>
    <name>par::Decimal</name>
    <message>
        <location filename="../core/model/Decimal.cpp" line="+57"/>
        <source>an empty value is not a number</source>
        <translation>an empty value is not a number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; has more than %2 decimals</source>
        <translation>&quot;%1&quot; has more than %2 decimals</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; is too large</translation>
    </message>
</context>
<context>
    <name>par::Demo</name>
    <message>
        <location filename="../core/storage/Demo.cpp" line="+256"/>
        <source>the demo data is missing from the program</source>
        <translation>the demo data is missing from the program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the demo data is damaged: %1</source>
        <translation>the demo data is damaged: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo database</source>
        <translation>demo database</translation>
    </message>
</context>
<context>
    <name>par::Export</name>
    <message>
        <location filename="../core/io/Export.cpp" line="-438"/>
        <source>there is no unit named or coded &quot;%1&quot;</source>
        <translation>there is no unit named or coded &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>the %1 %2 ranking of &quot;%3&quot;</source>
        <translation>the %1 %2 ranking of &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the %1 %2 %3 scores of &quot;%4&quot;</source>
        <translation>the %1 %2 %3 scores of &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the %1 %2 score template of &quot;%3&quot;</source>
        <translation>the %1 %2 score template of &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the %1 %2 framework</source>
        <translation>the %1 %2 framework</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the audit log</source>
        <translation>the audit log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the audit log of %1</source>
        <translation>the audit log of %1</translation>
    </message>
</context>
<context>
    <name>par::ExportWriter</name>
    <message>
        <location filename="../core/io/ExportWriter.cpp" line="+185"/>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation>cannot add the sheet &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sheet &quot;%1&quot;, row %2, column %3: %4</source>
        <translation>sheet &quot;%1&quot;, row %2, column %3: %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>sheet &quot;%1&quot;, row %2, column %3: the text is longer than Excel allows (%4 characters)</source>
        <translation>sheet &quot;%1&quot;, row %2, column %3: the text is longer than Excel allows (%4 characters)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: the file name must end in .xlsx (Excel) or .csv</source>
        <translation>%1: the file name must end in .xlsx (Excel) or .csv</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written by parindex</source>
        <translation>Written by parindex</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing to write</source>
        <translation>nothing to write</translation>
    </message>
</context>
<context>
    <name>par::Finalisation</name>
    <message numerus="yes">
        <location filename="../core/storage/Finalisation.cpp" line="+30"/>
        <source>%n unit(s) of %1 %2 &quot;%3&quot; have no complete final scores: %4</source>
        <translation>
            <numerusform>%n unit of %1 %2 &quot;%3&quot; has no complete final scores: %4</numerusform>
            <numerusform>%n units of %1 %2 &quot;%3&quot; have no complete final scores: %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reopening final results needs a reason</source>
        <translation>reopening final results needs a reason</translation>
    </message>
</context>
<context>
    <name>par::FrameworkEditor</name>
    <message>
        <location filename="../core/storage/FrameworkEditor.cpp" line="+122"/>
        <source>The criterion no longer exists; it may have been removed meanwhile.</source>
        <translation>The criterion no longer exists; it may have been removed meanwhile.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Criterion %1 is not in the tree of its framework.</source>
        <translation>Criterion %1 is not in the tree of its framework.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The framework no longer exists; it may have been removed meanwhile.</source>
        <translation>The framework no longer exists; it may have been removed meanwhile.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 results of %2 (%3) are final. %4 would change them: reopen them with a reason first.</source>
        <translation>The %1 results of %2 (%3) are final. %4 would change them: reopen them with a reason first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A criterion needs a code, such as 3.5.</source>
        <translation>A criterion needs a code, such as 3.5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code %1.</source>
        <translation>The code %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lead unit of %1 %2.</source>
        <translation>The lead unit of %1 %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code &quot;%1&quot; is reserved for the total.</source>
        <translation>The code &quot;%1&quot; is reserved for the total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation>The code %1 is already used by &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion %1 needs a title.</source>
        <translation>Criterion %1 needs a title.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The maximum of %1 cannot be negative.</source>
        <translation>The maximum of %1 cannot be negative.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>self-assessed</source>
        <translation>self-assessed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>appraised</source>
        <translation>appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the total</source>
        <translation>the total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The maximum of %1 cannot go below %2: %3 has a recorded %4 score of %2. Correct that score first, or keep a maximum of at least %2.</source>
        <translation>The maximum of %1 cannot go below %2: %3 has a recorded %4 score of %2. Correct that score first, or keep a maximum of at least %2.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>An index needs a short code, such as PAR or DDCI.</source>
        <translation>An index needs a short code, such as PAR or DDCI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code &quot;%1&quot; may only hold letters, digits, dots, dashes and underscores.</source>
        <translation>The code &quot;%1&quot; may only hold letters, digits, dots, dashes and underscores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The index %1 needs a name.</source>
        <translation>The index %1 needs a name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+25"/>
        <location line="+29"/>
        <source>The year must be between %1 and %2.</source>
        <translation>The year must be between %1 and %2.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>An index with the code %1 already exists (%2).</source>
        <translation>An index with the code %1 already exists (%2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+27"/>
        <source>%1 already has a framework for %2.</source>
        <translation>%1 already has a framework for %2.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose a year other than %1 to copy its framework to.</source>
        <translation>Choose a year other than %1 to copy its framework to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied from the %1 framework</source>
        <translation>Copied from the %1 framework</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Imported from %1</source>
        <translation>Imported from %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The %1 framework of %2 has scores and cannot be removed.</source>
        <translation>The %1 framework of %2 has scores and cannot be removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the framework</source>
        <translation>Removing the framework</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+28"/>
        <source>Adding a criterion</source>
        <translation>Adding a criterion</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The total has no siblings: add a top-level criterion as its child.</source>
        <translation>The total has no siblings: add a top-level criterion as its child.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The total needs a title.</source>
        <translation>The total needs a title.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The maximum of the total follows its parts: change the parts instead.</source>
        <translation>The maximum of the total follows its parts: change the parts instead.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 framework has scores, so its codes can no longer change: score files and the history refer to them.</source>
        <translation>The %1 framework has scores, so its codes can no longer change: score files and the history refer to them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 framework has scores, so its aggregations can no longer change: that would change results already recorded.</source>
        <translation>The %1 framework has scores, so its aggregations can no longer change: that would change results already recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing a maximum or an aggregation</source>
        <translation>Changing a maximum or an aggregation</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The total cannot be removed; remove the year&apos;s framework instead.</source>
        <translation>The total cannot be removed; remove the year&apos;s framework instead.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 cannot be removed: %n score(s) are recorded for it or its sub-criteria. Remove those scores first, or keep the criterion.</source>
        <translation>
            <numerusform>%1 cannot be removed: %n score is recorded for it or its sub-criteria. Remove that score first, or keep the criterion.</numerusform>
            <numerusform>%1 cannot be removed: %n scores are recorded for it or its sub-criteria. Remove those scores first, or keep the criterion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing a criterion</source>
        <translation>Removing a criterion</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The total cannot be moved.</source>
        <translation>The total cannot be moved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is already the first of its group.</source>
        <translation>%1 is already the first of its group.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already the last of its group.</source>
        <translation>%1 is already the last of its group.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The band starting at %1% needs a label.</source>
        <translation>The band starting at %1% needs a label.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label of the band starting at %1% %2.</source>
        <translation>The label of the band starting at %1% %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The band &quot;%1&quot; must start between 0 and 100 percent, not at %2%.</source>
        <translation>The band &quot;%1&quot; must start between 0 and 100 percent, not at %2%.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two bands (&quot;%1&quot; and &quot;%2&quot;) start at %3%; each band needs its own minimum.</source>
        <translation>Two bands (&quot;%1&quot; and &quot;%2&quot;) start at %3%; each band needs its own minimum.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changing the bands</source>
        <translation>Changing the bands</translation>
    </message>
    <message>
        <location line="-464"/>
        <source>The title of %1 %2.</source>
        <translation>The title of %1 %2.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The name of %1 %2.</source>
        <translation>The name of %1 %2.</translation>
    </message>
</context>
<context>
    <name>par::FrameworkImport</name>
    <message>
        <location filename="../core/io/FrameworkImport.cpp" line="+27"/>
        <source>%1: line %2, column %3</source>
        <translation>%1: line %2, column %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: line %2: the header has no &quot;%3&quot; column (expected code,title,max_points and optionally parent,aggregation,lead_unit)</source>
        <translation>%1: line %2: the header has no &quot;%3&quot; column (expected code,title,max_points and optionally parent,aggregation,lead_unit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the index&apos;s %1 %2</source>
        <translation>the index&apos;s %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: this row has %2 cells but the header has %3</source>
        <translation>%1: this row has %2 cells but the header has %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the %2 %3</source>
        <translation>%1: the %2 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the criterion has no code</source>
        <translation>%1: the criterion has no code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is reserved for the recorded total</source>
        <translation>%1: &quot;%2&quot; is reserved for the recorded total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the code %2 is already used on line %3</source>
        <translation>%1: the code %2 is already used on line %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: criterion %2 has no title</source>
        <translation>%1: criterion %2 has no title</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the maximum %2 is negative</source>
        <translation>%1: the maximum %2 is negative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: aggregation &quot;%2&quot; is neither sum nor mean</source>
        <translation>%1: aggregation &quot;%2&quot; is neither sum nor mean</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the file has a header but no criteria</source>
        <translation>%1: the file has a header but no criteria</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the parent %2 of criterion %3 is not in the file</source>
        <translation>%1: the parent %2 of criterion %3 is not in the file</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: line %2: criterion %3 is its own ancestor (the parents form a loop)</source>
        <translation>%1: line %2: criterion %3 is its own ancestor (the parents form a loop)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: line %2: criterion %3 has no maximum</source>
        <translation>%1: line %2: criterion %3 has no maximum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: line %2: the maximum of %3 is %4 but its children add up to %5</source>
        <translation>%1: line %2: the maximum of %3 is %4 but its children add up to %5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the %1 framework of %2 already has scores; it can no longer be replaced by a file</source>
        <translation>the %1 framework of %2 already has scores; it can no longer be replaced by a file</translation>
    </message>
</context>
<context>
    <name>par::Lineage</name>
    <message>
        <location filename="../core/model/Lineage.cpp" line="+70"/>
        <source>%1 already descends from %2: the events would form a cycle.</source>
        <translation>%1 already descends from %2: the events would form a cycle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An event needs the year from which it holds.</source>
        <translation>An event needs the year from which it holds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no unit with id %1.</source>
        <translation>There is no unit with id %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rename concerns one unit.</source>
        <translation>A rename concerns one unit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit is named twice in the same event.</source>
        <translation>A unit is named twice in the same event.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be merged or split into itself.</source>
        <translation>%1 cannot be merged or split into itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merger makes one unit from one or more others.</source>
        <translation>A merger makes one unit from one or more others.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A split makes two or more units from one.</source>
        <translation>A split makes two or more units from one.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist in %2, so it cannot end into an event of %3.</source>
        <translation>%1 does not exist in %2, so it cannot end into an event of %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already ended in %2.</source>
        <translation>%1 already ended in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ends in %2, before the event of %3.</source>
        <translation>%1 ends in %2, before the event of %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 begins in %2, after the event of %3; their life spans would leave a gap.</source>
        <translation>%1 begins in %2, after the event of %3; their life spans would leave a gap.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must exist in %2 and %3 to be renamed in %3.</source>
        <translation>%1 must exist in %2 and %3 to be renamed in %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rename needs the new name.</source>
        <translation>A rename needs the new name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already has that name.</source>
        <translation>%1 already has that name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already renamed in %2.</source>
        <translation>%1 is already renamed in %2.</translation>
    </message>
</context>
<context>
    <name>par::LineageStore</name>
    <message>
        <location filename="../core/storage/LineageStore.cpp" line="+98"/>
        <source>The legal basis %1.</source>
        <translation>The legal basis %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new name %1.</source>
        <translation>The new name %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new unit needs a name.</source>
        <translation>A new unit needs a name.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The name %1.</source>
        <translation>The name %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 has scores for %2, so it cannot end in %3.</source>
        <translation>%1 has scores for %2, so it cannot end in %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has scores for %2, so it cannot begin in %3.</source>
        <translation>%1 has scores for %2, so it cannot begin in %3.</translation>
    </message>
</context>
<context>
    <name>par::NewProvince</name>
    <message>
        <location filename="../core/storage/NewProvince.cpp" line="+82"/>
        <source>repeats line %1 (%2)</source>
        <translation>repeats line %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already listed elsewhere in this database</source>
        <translation>%1 is already listed elsewhere in this database</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line %1: %2.</source>
        <translation>Line %1: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the province&apos;s name.</source>
        <translation>Give the province&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The province&apos;s name %1.</source>
        <translation>The province&apos;s name %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first year must be between %1 and %2.</source>
        <translation>The first year must be between %1 and %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a kind of local unit (district or commune).</source>
        <translation>&quot;%1&quot; is not a kind of local unit (district or commune).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the province</source>
        <translation>the province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the departments</source>
        <translation>the departments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the districts or communes</source>
        <translation>the districts or communes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A unit in %1 has no name.</source>
        <translation>A unit in %1 has no name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit %1 %2.</source>
        <translation>The unit %1 %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in %2 and in %3: a unit can be listed once.</source>
        <translation>%1 is in %2 and in %3: a unit can be listed once.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cohort&apos;s name %1.</source>
        <translation>The cohort&apos;s name %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cohort &quot;%1&quot; has no units: paste them, or leave the cohort out.</source>
        <translation>The cohort &quot;%1&quot; has no units: paste them, or leave the cohort out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cohort &quot;%1&quot; belongs to the province&apos;s own index: give that index a code, or leave the cohort out.</source>
        <translation>The cohort &quot;%1&quot; belongs to the province&apos;s own index: give that index a code, or leave the cohort out.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two cohorts need different names.</source>
        <translation>The two cohorts need different names.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a national index this program knows.</source>
        <translation>%1 is not a national index this program knows.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The index&apos;s code %1.</source>
        <translation>The index&apos;s code %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An index&apos;s code is one word, such as CCHC.</source>
        <translation>An index&apos;s code is one word, such as CCHC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the code of a national index: choose another code for the province&apos;s own index.</source>
        <translation>%1 is the code of a national index: choose another code for the province&apos;s own index.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index&apos;s name %1.</source>
        <translation>The index&apos;s name %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The province&apos;s own index ranks its units: create at least one cohort for it.</source>
        <translation>The province&apos;s own index ranks its units: create at least one cohort for it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one index to track.</source>
        <translation>Choose at least one index to track.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new database for %1</source>
        <translation>new database for %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database already holds indexes: a new province needs a new file.</source>
        <translation>The database already holds indexes: a new province needs a new file.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Administrative reform index of %1&apos;s units</source>
        <translation>Administrative reform index of %1&apos;s units</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 already exists: choose a new file name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create %1: the name is taken or the folder cannot be written.</source>
        <translation>Cannot create %1: the name is taken or the folder cannot be written.</translation>
    </message>
</context>
<context>
    <name>par::Permissions</name>
    <message>
        <location filename="../core/storage/Permissions.cpp" line="+56"/>
        <source>secretariat</source>
        <translation>secretariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appraiser</source>
        <translation>appraiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no role in this database</source>
        <translation>no role in this database</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>your account (%1) may not change scores</source>
        <translation>your account (%1) may not change scores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your account (%1) may not change the scores of %2</source>
        <translation>your account (%1) may not change the scores of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your account (%1) may not change the final (appraised) scores</source>
        <translation>your account (%1) may not change the final (appraised) scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your account (%1) may not change the self-assessed scores</source>
        <translation>your account (%1) may not change the self-assessed scores</translation>
    </message>
</context>
<context>
    <name>par::PredecessorRank</name>
    <message>
        <location filename="../core/scoring/Ranking.cpp" line="+30"/>
        <source>%1: no value</source>
        <translation>%1: no value</translation>
    </message>
</context>
<context>
    <name>par::ReportBuilder</name>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="+254"/>
        <source>index %1 has no main unit: name the unit the report is about</source>
        <translation>index %1 has no main unit: name the unit the report is about</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the main unit of index %1 is missing</source>
        <translation>the main unit of index %1 is missing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no unit &quot;%1&quot;</source>
        <translation>there is no unit &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has no %2 result for %3</source>
        <translation>%1 has no %2 result for %3</translation>
    </message>
    <message>
        <location line="+899"/>
        <source>the report&apos;s language must be vi or en, not %1</source>
        <translation>the report&apos;s language must be vi or en, not %1</translation>
    </message>
</context>
<context>
    <name>par::SafeFile</name>
    <message>
        <location filename="../core/io/SafeFile.cpp" line="+24"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+45"/>
        <source>the file could not be written completely (is the disk full?)</source>
        <translation>the file could not be written completely (is the disk full?)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the file could not be saved to the disk (is the disk full?)</source>
        <translation>the file could not be saved to the disk (is the disk full?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
</context>
<context>
    <name>par::ScoreEditor</name>
    <message>
        <location filename="../core/storage/ScoreEditor.cpp" line="+20"/>
        <source>a score cannot be negative</source>
        <translation>a score cannot be negative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>above the maximum of %1</source>
        <translation>above the maximum of %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 results of &quot;%2&quot; are final; reopen them with a reason first</source>
        <translation>the %1 results of &quot;%2&quot; are final; reopen them with a reason first</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>criterion %1 is not in the %2 framework</source>
        <translation>criterion %1 is not in the %2 framework</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+27"/>
        <source>%1: %2 is outside 0 to %3</source>
        <translation>%1: %2 is outside 0 to %3</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the total</source>
        <translation>the total</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was changed to %2 by %3 at %4, after it was shown here; nothing was written</source>
        <translation>%1 was changed to %2 by %3 at %4, after it was shown here; nothing was written</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was changed to %2 by another program after it was shown here; nothing was written</source>
        <translation>%1 was changed to %2 by another program after it was shown here; nothing was written</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+125"/>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The note %1.</source>
        <translation>The note %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The evidence %1.</source>
        <translation>The evidence %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The note on %1</source>
        <translation>The note on %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The evidence of %1</source>
        <translation>The evidence of %1</translation>
    </message>
</context>
<context>
    <name>par::ScoreImport</name>
    <message>
        <location filename="../core/io/ScoreImport.cpp" line="+22"/>
        <source>%1: line %2, column %3</source>
        <translation>%1: line %2, column %3</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>the cohort name %1</source>
        <translation>the cohort name %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the column has values but no criterion code</source>
        <translation>%1: the column has values but no criterion code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the criterion code %2</source>
        <translation>%1: the criterion code %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a criterion of the %3 %4 framework</source>
        <translation>%1: %2 is not a criterion of the %3 %4 framework</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: criterion %2 is also in column %3</source>
        <translation>%1: criterion %2 is also in column %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: line %2: the header names no criterion</source>
        <translation>%1: line %2: the header names no criterion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: this row has %2 cells but the header has %3</source>
        <translation>%1: this row has %2 cells but the header has %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the row has values but no unit</source>
        <translation>%1: the row has values but no unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the unit name %2</source>
        <translation>%1: the unit name %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no unit has the code %2</source>
        <translation>%1: no unit has the code %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the code %2 is %3&apos;s, but the row names %4</source>
        <translation>%1: the code %2 is %3&apos;s, but the row names %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 units of cohort &quot;%3&quot; are named &quot;%4&quot;; use the unit&apos;s code</source>
        <translation>%1: %2 units of cohort &quot;%3&quot; are named &quot;%4&quot;; use the unit&apos;s code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 is already on line %3</source>
        <translation>%1: %2 is already on line %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is negative</source>
        <translation>%1: %2 is negative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is above the maximum of %3</source>
        <translation>%1: %2 is above the maximum of %3</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1: the file has no unit rows</source>
        <translation>%1: the file has no unit rows</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1: the %2 %3 results of &quot;%4&quot; are final; reopen them with a reason before changing scores</source>
        <translation>%1: the %2 %3 results of &quot;%4&quot; are final; reopen them with a reason before changing scores</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1: line %2: %3, %4: recorded %5 but its parts give %6</source>
        <translation>%1: line %2: %3, %4: recorded %5 but its parts give %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>import %1</source>
        <translation>import %1</translation>
    </message>
</context>
<context>
    <name>par::SheetReader</name>
    <message>
        <location filename="../core/io/SheetReader.cpp" line="+23"/>
        <location line="+4"/>
        <location line="+49"/>
        <location line="+25"/>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: cannot read the file (%2)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>%1: the file is larger than %2 MB; a score sheet is far smaller</source>
        <translation>%1: the file is larger than %2 MB; a score sheet is far smaller</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+38"/>
        <source>%1 is a CSV file, which has no sheets; --sheet is for Excel workbooks (.xlsx)</source>
        <translation>%1 is a CSV file, which has no sheets; --sheet is for Excel workbooks (.xlsx)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1, line %2, column %3: the text %4</source>
        <translation>%1, line %2, column %3: the text %4</translation>
    </message>
</context>
<context>
    <name>par::Standing</name>
    <message>
        <location filename="../core/scoring/Standing.cpp" line="+11"/>
        <source>(published)</source>
        <translation>(published)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
</context>
<context>
    <name>par::TextRules</name>
    <message>
        <location filename="../core/model/TextRules.cpp" line="+21"/>
        <source>is longer than %1 characters</source>
        <translation>is longer than %1 characters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contains a NUL character</source>
        <translation>contains a NUL character</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a control character (U+%1)</source>
        <translation>contains a control character (U+%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>closes a right-to-left or left-to-right override that was not opened</source>
        <translation>closes a right-to-left or left-to-right override that was not opened</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leaves a right-to-left or left-to-right override open</source>
        <translation>leaves a right-to-left or left-to-right override open</translation>
    </message>
</context>
<context>
    <name>par::UnitEditor</name>
    <message>
        <location filename="../core/storage/UnitEditor.cpp" line="+36"/>
        <source>A unit needs a name.</source>
        <translation>A unit needs a name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code %1.</source>
        <translation>The code %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>&quot;%1&quot; is not a kind of unit.</source>
        <translation>&quot;%1&quot; is not a kind of unit.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The years of %1 must be between %2 and %3.</source>
        <translation>The years of %1 must be between %2 and %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot end (%2) before it starts (%3).</source>
        <translation>%1 cannot end (%2) before it starts (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code %1 is already used by %2.</source>
        <translation>The code %1 is already used by %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has scores for %2, so it cannot start in %3.</source>
        <translation>%1 has scores for %2, so it cannot start in %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has scores for %2, so it cannot end in %3.</source>
        <translation>%1 has scores for %2, so it cannot end in %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+67"/>
        <source>The unit no longer exists; it may have been removed meanwhile.</source>
        <translation>The unit no longer exists; it may have been removed meanwhile.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>A cohort needs a name, such as &quot;Sở, ban, ngành&quot;.</source>
        <translation>A cohort needs a name, such as &quot;Sở, ban, ngành&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already has a cohort named &quot;%2&quot;.</source>
        <translation>%1 already has a cohort named &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 results of &quot;%2&quot; are final, so its members cannot change; reopen them with a reason first.</source>
        <translation>The %1 results of &quot;%2&quot; are final, so its members cannot change; reopen them with a reason first.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 does not exist in %2 (it exists %3).</source>
        <translation>%1 does not exist in %2 (it exists %3).</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+75"/>
        <source>The name %1.</source>
        <translation>The name %1.</translation>
    </message>
</context>
<context>
    <name>par::XlsxReader</name>
    <message>
        <location filename="../core/io/XlsxReader.cpp" line="+230"/>
        <source>the file is larger than %1 MB; a score sheet is far smaller</source>
        <translation>the file is larger than %1 MB; a score sheet is far smaller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is an Excel 97-2003 (.xls) file or a password-protected workbook; save it without a password as an Excel workbook (.xlsx) or as CSV</source>
        <translation>this is an Excel 97-2003 (.xls) file or a password-protected workbook; save it without a password as an Excel workbook (.xlsx) or as CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not an Excel workbook (.xlsx): it is not a zip container</source>
        <translation>this is not an Excel workbook (.xlsx): it is not a zip container</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the workbook is damaged or truncated (%1); save it again from Excel or LibreOffice</source>
        <translation>the workbook is damaged or truncated (%1); save it again from Excel or LibreOffice</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) or as CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this zip file holds no Excel workbook (%1 is missing)</source>
        <translation>this zip file holds no Excel workbook (%1 is missing)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the workbook has no visible sheet</source>
        <translation>the workbook has no visible sheet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no sheet named &quot;%1&quot;; the workbook has %2</source>
        <translation>there is no sheet named &quot;%1&quot;; the workbook has %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1, sheet &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook does not say where the sheet is (damaged file)</source>
        <translation>the workbook does not say where the sheet is (damaged file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this sheet is a %1, not a table of cells</source>
        <translation>this sheet is a %1, not a table of cells</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sheet&apos;s part %1 is missing (damaged file)</source>
        <translation>the sheet&apos;s part %1 is missing (damaged file)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the sheet is empty</source>
        <translation>the sheet is empty</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, cell %2: %3</source>
        <translation>%1, cell %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the part %1 is missing (damaged file)</source>
        <translation>the part %1 is missing (damaged file)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the part %1 (damaged file)</source>
        <translation>cannot read the part %1 (damaged file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the part %1 is encrypted; save the workbook without a password</source>
        <translation>the part %1 is encrypted; save the workbook without a password</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the part %1 (%2); the file is damaged</source>
        <translation>cannot read the part %1 (%2); the file is damaged</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the part %1 declares a DTD, which a workbook never does</source>
        <translation>the part %1 declares a DTD, which a workbook never does</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>the part %1 is damaged (%2)</source>
        <translation>the part %1 is damaged (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the part %1 is not well-formed XML (line %2, column %3: %4); the file is damaged</source>
        <translation>the part %1 is not well-formed XML (line %2, column %3: %4); the file is damaged</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workbook expands to more than %1 MB when unpacked (a zip bomb?); refused</source>
        <translation>the workbook expands to more than %1 MB when unpacked (a zip bomb?); refused</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the part %1 expands more than %2 times when unpacked (a zip bomb?); refused</source>
        <translation>the part %1 expands more than %2 times when unpacked (a zip bomb?); refused</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>a cell holds more than %1 characters</source>
        <translation>a cell holds more than %1 characters</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>this sheet is not a table of cells</source>
        <translation>this sheet is not a table of cells</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>row number &quot;%1&quot; is not valid (damaged file)</source>
        <translation>row number &quot;%1&quot; is not valid (damaged file)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 comes after row %2 (damaged file)</source>
        <translation>row %1 comes after row %2 (damaged file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet has more than %1 rows</source>
        <translation>the sheet has more than %1 rows</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>row %1 holds a cell named &quot;%2&quot; (damaged file)</source>
        <translation>row %1 holds a cell named &quot;%2&quot; (damaged file)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 has more than %2 columns</source>
        <translation>row %1 has more than %2 columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cell appears twice or out of order</source>
        <translation>the cell appears twice or out of order</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sheet has more than %1 cells</source>
        <translation>the sheet has more than %1 cells</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the cell refers to shared text %1, but the workbook has %2 (damaged file)</source>
        <translation>the cell refers to shared text %1, but the workbook has %2 (damaged file)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the cell holds the error value %1; correct the formula or clear the cell</source>
        <translation>the cell holds the error value %1; correct the formula or clear the cell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the cell holds a formula whose result was never computed; open the file in Excel or LibreOffice and save it again</source>
        <translation>the cell holds a formula whose result was never computed; open the file in Excel or LibreOffice and save it again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cell has an unknown type &quot;%1&quot;</source>
        <translation>the cell has an unknown type &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the merged range &quot;%1&quot; is not valid (damaged file)</source>
        <translation>the merged range &quot;%1&quot; is not valid (damaged file)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sheet has more than %1 merged ranges</source>
        <translation>the sheet has more than %1 merged ranges</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the sheet&apos;s merged ranges cover too many cells</source>
        <translation>the sheet&apos;s merged ranges cover too many cells</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+4"/>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: cannot read the file (%2)</translation>
    </message>
</context>
<context>
    <name>par::cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="-1030"/>
        <source>%1 already holds data; give a new file, or --replace to overwrite it</source>
        <translation>%1 already holds data; give a new file, or --replace to overwrite it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the demo database %1</source>
        <translation>Wrote the demo database %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>framework file</source>
        <translation>framework file</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--aggregation must be sum or mean</source>
        <translation>--aggregation must be sum or mean</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>import %1</source>
        <translation>import %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+44"/>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Imported the %1 %2 framework: %3 criteria, maximum %4</source>
        <translation>Imported the %1 %2 framework: %3 criteria, maximum %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>score file</source>
        <translation>score file</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+419"/>
        <location line="+92"/>
        <location filename="../app/CliSupport.cpp" line="+23"/>
        <source>parindex: %1</source>
        <translation>parindex: %1</translation>
    </message>
    <message>
        <location line="-510"/>
        <source>parindex: nothing was imported from %1</source>
        <translation>parindex: nothing was imported from %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1 units (%2 new) into %3 %4 &quot;%5&quot;, stage %6; %7 values replaced</source>
        <translation>Imported %1 units (%2 new) into %3 %4 &quot;%5&quot;, stage %6; %7 values replaced</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+128"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+130"/>
        <location line="+141"/>
        <location line="+19"/>
        <location filename="../app/CliUsers.cpp" line="+157"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-290"/>
        <location line="+128"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+128"/>
        <location line="+70"/>
        <location line="+9"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+127"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+127"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <location line="+90"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Not ranked (no value): %1</source>
        <translation>Not ranked (no value): %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>warning: %1 %2: %3</source>
        <translation>warning: %1 %2: %3</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+143"/>
        <location line="+19"/>
        <location filename="../app/CliUnits.cpp" line="+151"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+128"/>
        <source>* rank as published (%1); the rest of the cohort is not in the database</source>
        <translation>* rank as published (%1); the rest of the cohort is not in the database</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+128"/>
        <source>no source given</source>
        <translation>no source given</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Points lost: %1, %2 %3</source>
        <translation>Points lost: %1, %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+72"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fell against the previous year</source>
        <translation>Fell against the previous year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Database %1: schema %2, integrity ok</source>
        <translation>Database %1: schema %2, integrity ok</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every recorded value agrees with its parts.</source>
        <translation>Every recorded value agrees with its parts.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n recorded value(s) differ from their parts (recorded values stand):</source>
        <translation>
            <numerusform>%n recorded value differs from its parts (recorded values stand):</numerusform>
            <numerusform>%n recorded values differ from their parts (recorded values stand):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+19"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="-584"/>
        <source>--replace works on a file; on a server, create a new empty database</source>
        <translation>--replace works on a file; on a server, create a new empty database</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>%1 (vs %2)</source>
        <translation>%1 (vs %2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Note: the cohort&apos;s members changed between %1 and %2 (%3 ranked then, %4 now): each rank is shown with its own &quot;of&quot; and no change of rank is computed.</source>
        <translation>Note: the cohort&apos;s members changed between %1 and %2 (%3 ranked then, %4 now): each rank is shown with its own &quot;of&quot; and no change of rank is computed.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Predecessors last year</source>
        <translation>Predecessors last year</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no basis given</source>
        <translation>no basis given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split in %1 from %2 (%3)</source>
        <translation>Split in %1 from %2 (%3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged in %1 from %2 (%3)</source>
        <translation>Merged in %1 from %2 (%3)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>(predecessor: %1)</source>
        <translation>(predecessor: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Predecessors&apos; results are their own, each against its own previous year; none is added to another or to the unit&apos;s.</source>
        <translation>Predecessors&apos; results are their own, each against its own previous year; none is added to another or to the unit&apos;s.</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+19"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregate</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reopen needs --reason: why the final results must change</source>
        <translation>reopen needs --reason: why the final results must change</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>your account (%1) may not finalise or reopen results; the secretariat does</source>
        <translation>your account (%1) may not finalise or reopen results; the secretariat does</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 &quot;%3&quot; is final; edits are refused until it is reopened</source>
        <translation>%1 %2 &quot;%3&quot; is final; edits are refused until it is reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 &quot;%3&quot; is reopened for changes</source>
        <translation>%1 %2 &quot;%3&quot; is reopened for changes</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Backed up %1 to %2</source>
        <translation>Backed up %1 to %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source sha256</source>
        <translation>source sha256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>copy sha256</source>
        <translation>copy sha256</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIFFERENT</source>
        <translation>DIFFERENT</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the copy differs from %1; it was rolled back and nothing was kept</source>
        <translation>the copy differs from %1; it was rolled back and nothing was kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to %2: every table has the same rows and checksum</source>
        <translation>Copied %1 to %2: every table has the same rows and checksum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 already holds a parindex database</source>
        <translation>%1 already holds a parindex database</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write the demo database (Bắc Kạn, PAR INDEX 2017-2018).</source>
        <translation>Write the demo database (Bắc Kạn, PAR INDEX 2017-2018).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite FILE if it exists.</source>
        <translation>Overwrite FILE if it exists.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The index&apos;s full name (for a new index).</source>
        <translation>The index&apos;s full name (for a new index).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the top-level criteria make the total: sum or mean.</source>
        <translation>How the top-level criteria make the total: sum or mean.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a wide score table (one row per unit, one column per criterion).</source>
        <translation>Import a wide score table (one row per unit, one column per criterion).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank a cohort for one index and year.</source>
        <translation>Rank a cohort for one index and year.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit&apos;s totals, percents and ranks over the years.</source>
        <translation>A unit&apos;s totals, percents and ranks over the years.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location filename="../app/CliUnits.cpp" line="+11"/>
        <source>The unit&apos;s name or code.</source>
        <translation>The unit&apos;s name or code.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Where a unit lost points, with each criterion&apos;s lead unit.</source>
        <translation>Where a unit lost points, with each criterion&apos;s lead unit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>self or final. Default: final.</source>
        <translation>self or final. Default: final.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the database and list recorded values that differ from their parts.</source>
        <translation>Check the database and list recorded values that differ from their parts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close a cohort-year&apos;s final results against edits.</source>
        <translation>Close a cohort-year&apos;s final results against edits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location filename="../app/CliSupport.cpp" line="+34"/>
        <source>The ranking pool (default: the index&apos;s own).</source>
        <translation>The ranking pool (default: the index&apos;s own).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Why, for the audit log (e.g. the decision&apos;s number).</source>
        <translation>Why, for the audit log (e.g. the decision&apos;s number).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen finalised results for changes; needs a reason.</source>
        <translation>Reopen finalised results for changes; needs a reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the final results must change.</source>
        <translation>Why the final results must change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the audit log: who changed what, when and why.</source>
        <translation>Show the audit log: who changed what, when and why.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only changes of this unit&apos;s scores.</source>
        <translation>Only changes of this unit&apos;s scores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes of this criterion code.</source>
        <translation>Only changes of this criterion code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes by this person (OS user).</source>
        <translation>Only changes by this person (OS user).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the database safely, even while it is in use.</source>
        <translation>Copy the database safely, even while it is in use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy a whole database, audit log included, to a new SQLite file or an empty server database.</source>
        <translation>Copy a whole database, audit log included, to a new SQLite file or an empty server database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database to copy: a file or postgresql://USER@HOST/DB.</source>
        <translation>The database to copy: a file or postgresql://USER@HOST/DB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new database: a file that does not exist yet, or an empty server database.</source>
        <translation>The new database: a file that does not exist yet, or an empty server database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell each step on the error stream as it begins: progress DONE/TOTAL STEP (a table&apos;s name, or check).</source>
        <translation>Tell each step on the error stream as it begins: progress DONE/TOTAL STEP (a table&apos;s name, or check).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: parindex [--db FILE] [--lang vi|en]
       parindex COMMAND [OPTIONS]   (parindex COMMAND --help for its options)

Records and analyses administrative reform index results (PAR INDEX, SIPAS, PAPI and the
province&apos;s own indexes).

Commands:
</source>
        <translation>Usage: parindex [--db FILE] [--lang vi|en]
       parindex COMMAND [OPTIONS]   (parindex COMMAND --help for its options)

Records and analyses administrative reform index results (PAR INDEX, SIPAS, PAPI and the
province&apos;s own indexes).

Commands:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Exit codes: 0 done, 1 usage error, 2 input refused (nothing changed), 3 storage error.
</source>
        <translation>
Exit codes: 0 done, 1 usage error, 2 input refused (nothing changed), 3 storage error.
</translation>
    </message>
    <message>
        <location filename="../app/CliExport.cpp" line="+28"/>
        <source>export needs exactly one of --ranking, --scores, --template, --framework or --audit (see parindex export --help)</source>
        <translation>export needs exactly one of --ranking, --scores, --template, --framework or --audit (see parindex export --help)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--unit goes with --scores or --template</source>
        <translation>--unit goes with --scores or --template</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Wrote %1 to %2 (%n row(s))</source>
        <translation>
            <numerusform>Wrote %1 to %2 (%n row)</numerusform>
            <numerusform>Wrote %1 to %2 (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a ranking, score sheet, score template, framework or the audit log as XLSX or CSV.</source>
        <translation>Write a ranking, score sheet, score template, framework or the audit log as XLSX or CSV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cohort&apos;s ranking: rank, total, percent, band, last year&apos;s rank.</source>
        <translation>The cohort&apos;s ranking: rank, total, percent, band, last year&apos;s rank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The score sheet, in the format scores import reads back.</source>
        <translation>The score sheet, in the format scores import reads back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty score sheet for the cohort&apos;s units to fill in.</source>
        <translation>An empty score sheet for the cohort&apos;s units to fill in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year&apos;s criteria, in the format index import reads back.</source>
        <translation>The year&apos;s criteria, in the format index import reads back.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log (of --index and --year when given).</source>
        <translation>The audit log (of --index and --year when given).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --scores or --template: only this unit&apos;s row.</source>
        <translation>With --scores or --template: only this unit&apos;s row.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write: .xlsx (Excel; headers in Vietnamese unless --lang en) or .csv (UTF-8 with BOM).</source>
        <translation>The file to write: .xlsx (Excel; headers in Vietnamese unless --lang en) or .csv (UTF-8 with BOM).</translation>
    </message>
    <message>
        <location filename="../app/CliPaint.cpp" line="+31"/>
        <source>--date %1 is not a date (dd/MM/yyyy or yyyy-MM-dd)</source>
        <translation>--date %1 is not a date (dd/MM/yyyy or yyyy-MM-dd)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no database %1</source>
        <translation>there is no database %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wrote %1: %2 %3 %4, editable text (ODF)</source>
        <translation>Wrote %1: %2 %3 %4, editable text (ODF)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrote %1: %2 %3 %4, %5, %n page(s)</source>
        <translation>
            <numerusform>Wrote %1: %2 %3 %4, %5, %n page</numerusform>
            <numerusform>Wrote %1: %2 %3 %4, %5, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>draft (results not finalised)</source>
        <translation>draft (results not finalised)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../app/CliReport.cpp" line="+37"/>
        <source>Write the meeting report of the province, a unit or the cohorts for one index and year, as an A4 PDF or an editable ODT.</source>
        <translation>Write the meeting report of the province, a unit or the cohorts for one index and year, as an A4 PDF or an editable ODT.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to write: FILE.pdf, or FILE.odt for an editable copy.</source>
        <translation>The file to write: FILE.pdf, or FILE.odt for an editable copy.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The ranking pool (default: the unit&apos;s own that year).</source>
        <translation>The ranking pool (default: the unit&apos;s own that year).</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>this program cannot paint a report; run parindex report</source>
        <translation>this program cannot paint a report; run parindex report</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The unit the report is about (default: the index&apos;s main unit).</source>
        <translation>The unit the report is about (default: the index&apos;s main unit).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>Write PDF/A-1b, for archiving.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s date, dd/MM/yyyy (default: today).</source>
        <translation>The report&apos;s date, dd/MM/yyyy (default: today).</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="-14"/>
        <source>The parindex database file (it must exist; parindex init --db FILE creates one), or a database on a PostgreSQL server: postgresql://USER@HOST:PORT/DBNAME (password from ~/.pgpass or PGPASSWORD).</source>
        <translation>The parindex database file (it must exist; parindex init --db FILE creates one), or a database on a PostgreSQL server: postgresql://USER@HOST:PORT/DBNAME (password from ~/.pgpass or PGPASSWORD).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The index code, e.g. PAR, SIPAS.</source>
        <translation>The index code, e.g. PAR, SIPAS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year of the results.</source>
        <translation>The year of the results.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>self (self-assessed) or final (appraised). Default: final.</source>
        <translation>self (self-assessed) or final (appraised). Default: final.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table, csv or json. Default: table.</source>
        <translation>table, csv or json. Default: table.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs --%2 (see parindex %1 --help)</source>
        <translation>%1 needs --%2 (see parindex %1 --help)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--year %1 is not a year</source>
        <translation>--year %1 is not a year</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--stage must be self or final, not %1</source>
        <translation>--stage must be self or final, not %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be table, csv or json, not %1</source>
        <translation>--format must be table, csv or json, not %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 needs exactly one %2 (see parindex %1 --help)</source>
        <translation>%1 needs exactly one %2 (see parindex %1 --help)</translation>
    </message>
    <message>
        <location filename="../app/CliReport.cpp" line="-6"/>
        <source>The parindex database file.</source>
        <translation>The parindex database file.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="-928"/>
        <source>self-assessed</source>
        <translation>self-assessed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>appraised</source>
        <translation>appraised</translation>
    </message>
    <message>
        <location line="+819"/>
        <source>Import an index&apos;s criteria framework for one year from CSV or XLSX.</source>
        <translation>Import an index&apos;s criteria framework for one year from CSV or XLSX.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The sheet of an .xlsx file (default: the first visible).</source>
        <translation>The sheet of an .xlsx file (default: the first visible).</translation>
    </message>
    <message>
        <location line="-539"/>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplete)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Note: %1.</source>
        <translation>Note: %1.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>? %1: %2</source>
        <translation>? %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Not scored (%1 points; not counted as lost)</source>
        <translation>Not scored (%1 points; not counted as lost)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>parindex: the audit log of %1 was altered outside parindex</source>
        <translation>parindex: the audit log of %1 was altered outside parindex</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audit log: %1 entries, hash chain intact</source>
        <translation>Audit log: %1 entries, hash chain intact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the newest %1 made outside parindex are sealed at the next change</source>
        <translation>; the newest %1 made outside parindex are sealed at the next change</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unit has unscored criteria.</source>
        <translation>No unit has unscored criteria.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unit-year-stage(s) have unscored criteria (totals over the scored criteria only, ranks provisional):</source>
        <translation>
            <numerusform>%n unit-year-stage has unscored criteria (totals over the scored criteria only, ranks provisional):</numerusform>
            <numerusform>%n unit-year-stages have unscored criteria (totals over the scored criteria only, ranks provisional):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unscored criteria</source>
        <translation>Unscored criteria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their maximum</source>
        <translation>Their maximum</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>parindex: nothing was finalised; score those units, or give --allow-incomplete to finalise without them</source>
        <translation>parindex: nothing was finalised; score those units, or give --allow-incomplete to finalise without them</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 already exists; give --force to replace it</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restored %1 from %2</source>
        <translation>Restored %1 from %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous file is kept as %1</source>
        <translation>The previous file is kept as %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 already exists; init creates a new database</source>
        <translation>%1 already exists; init creates a new database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created the empty database %1</source>
        <translation>Created the empty database %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create a new, empty database (FILE must not exist).</source>
        <translation>Create a new, empty database (FILE must not exist).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Classification bands, e.g. &quot;90=Xuất sắc;80=Tốt;70=Khá;50=Trung bình;0=Yếu&quot;, or &quot;none&quot; for an index that defines none (default: last year&apos;s, else those most provinces use).</source>
        <translation>Classification bands, e.g. &quot;90=Xuất sắc;80=Tốt;70=Khá;50=Trung bình;0=Yếu&quot;, or &quot;none&quot; for an index that defines none (default: last year&apos;s, else those most provinces use).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Finalise even though some units have no or incomplete final scores (they are listed, and refused without this option).</source>
        <translation>Finalise even though some units have no or incomplete final scores (they are listed, and refused without this option).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace FILE if it exists.</source>
        <translation>Replace FILE if it exists.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the database by a checked backup; the current file is kept beside it.</source>
        <translation>Replace the database by a checked backup; the current file is kept beside it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file to restore.</source>
        <translation>The backup file to restore.</translation>
    </message>
    <message>
        <location filename="../app/CliPaint.cpp" line="-16"/>
        <location line="+15"/>
        <source>cohort results</source>
        <translation>cohort results</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="-9"/>
        <source>the database %1 does not exist (parindex init --db FILE creates a new one)</source>
        <translation>the database %1 does not exist (parindex init --db FILE creates a new one)</translation>
    </message>
    <message>
        <location filename="../app/CliSettings.cpp" line="+17"/>
        <source>The body over a department in the title block (e.g. &quot;UBND TỈNH BẮC KẠN&quot;).</source>
        <translation>The body over a department in the title block (e.g. &quot;UBND TỈNH BẮC KẠN&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The symbol of the committee&apos;s reports (e.g. &quot;BC-BCĐ&quot;).</source>
        <translation>The symbol of the committee&apos;s reports (e.g. &quot;BC-BCĐ&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place before the date (e.g. &quot;Bắc Kạn&quot;).</source>
        <translation>The place before the date (e.g. &quot;Bắc Kạn&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who signs for (e.g. &quot;TM. BAN CHỈ ĐẠO&quot;).</source>
        <translation>Who signs for (e.g. &quot;TM. BAN CHỈ ĐẠO&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s title (e.g. &quot;TRƯỞNG BAN&quot;).</source>
        <translation>The signer&apos;s title (e.g. &quot;TRƯỞNG BAN&quot;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s name.</source>
        <translation>The signer&apos;s name.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show or set the title block and signature of the reports, once per database.</source>
        <translation>Show or set the title block and signature of the reports, once per database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line of &quot;Nơi nhận&quot; (recipients); repeat for each line.</source>
        <translation>A line of &quot;Nơi nhận&quot; (recipients); repeat for each line.</translation>
    </message>
    <message>
        <location filename="../app/CliUnits.cpp" line="-136"/>
        <source>there is no unit &quot;%1&quot;</source>
        <translation>there is no unit &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>rename needs --unit NAME and --to NEWNAME</source>
        <translation>rename needs --unit NAME and --to NEWNAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs --from and --into</source>
        <translation>%1 needs --from and --into</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--kind must be one of %1</source>
        <translation>--kind must be one of %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rename takes one --unit and one --to</source>
        <translation>rename takes one --unit and one --to</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recorded: from %1, %2 became %3 (%4)</source>
        <translation>Recorded: from %1, %2 became %3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New unit: %1 (%2), from %3</source>
        <translation>New unit: %1 (%2), from %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No mergers, splits or renames are recorded.</source>
        <translation>No mergers, splits or renames are recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first year of the new form (the predecessors end the year before).</source>
        <translation>The first year of the new form (the predecessors end the year before).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its name from YEAR on.</source>
        <translation>Its name from YEAR on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit that ends (repeat, or separate names with &quot;;&quot;).</source>
        <translation>A unit that ends (repeat, or separate names with &quot;;&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit that results; a name no unit has creates it (repeat, or separate names with &quot;;&quot;).</source>
        <translation>A unit that results; a name no unit has creates it (repeat, or separate names with &quot;;&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kind of a created unit (default: that of the first --from).</source>
        <translation>The kind of a created unit (default: that of the first --from).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legal basis, e.g. the decision&apos;s number.</source>
        <translation>The legal basis, e.g. the decision&apos;s number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for the audit log (default: the basis).</source>
        <translation>Why, for the audit log (default: the basis).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record that units merged into one from a year.</source>
        <translation>Record that units merged into one from a year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that a unit split into several from a year.</source>
        <translation>Record that a unit split into several from a year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a unit&apos;s new name from a year (the same unit).</source>
        <translation>Record a unit&apos;s new name from a year (the same unit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the recorded mergers, splits and renames.</source>
        <translation>List the recorded mergers, splits and renames.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the events of this year.</source>
        <translation>Only the events of this year.</translation>
    </message>
    <message>
        <location filename="../app/CliUsers.cpp" line="-78"/>
        <source>Password for the new login %1: </source>
        <translation>Password for the new login %1: </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+72"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>--role must be one of %1, not %2</source>
        <translation>--role must be one of %1, not %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a unit account needs its unit (--unit NAME)</source>
        <translation>a unit account needs its unit (--unit NAME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a unit account has a unit; the %1 role covers every unit</source>
        <translation>only a unit account has a unit; the %1 role covers every unit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is now the account of the unit %2</source>
        <translation>%1 is now the account of the unit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now has the role %2 here</source>
        <translation>%1 now has the role %2 here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the login %1. </source>
        <translation>Created the login %1. </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no account here any more; the login was dropped (no other database uses it).</source>
        <translation>%1 has no account here any more; the login was dropped (no other database uses it).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no account here any more; the login itself stays on the server.</source>
        <translation>%1 has no account here any more; the login itself stays on the server.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give a login a role in a server database (secretariat, appraiser, unit, viewer).</source>
        <translation>Give a login a role in a server database (secretariat, appraiser, unit, viewer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secretariat, appraiser, unit or viewer.</source>
        <translation>secretariat, appraiser, unit or viewer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit of a unit account (its name or code).</source>
        <translation>The unit of a unit account (its name or code).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the accounts of a server database: login, role, unit.</source>
        <translation>List the accounts of a server database: login, role, unit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take a login&apos;s role in a server database away.</source>
        <translation>Take a login&apos;s role in a server database away.</translation>
    </message>
</context>
<context>
    <name>par::ui::AuditModel</name>
    <message>
        <location filename="../ui/history/AuditModel.cpp" line="+18"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+127"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Cohort results</source>
        <translation>Cohort results</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published rank</source>
        <translation>Published rank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores from a file</source>
        <translation>Scores from a file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-assessed</source>
        <translation>Self-assessed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+107"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Cohort member</source>
        <translation>Cohort member</translation>
    </message>
</context>
<context>
    <name>par::ui::BandsModel</name>
    <message>
        <location filename="../ui/setup/BandsModel.cpp" line="+49"/>
        <source>%1: from %2% of the maximum</source>
        <translation>%1: from %2% of the maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: from %2% to under %3% of the maximum</source>
        <translation>%1: from %2% to under %3% of the maximum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From (%)</source>
        <translation>From (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
</context>
<context>
    <name>par::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/server/ConnectDialog.cpp" line="+27"/>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>default (5432)</source>
        <translation>default (5432)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The driver&apos;s default (encrypted if the server offers it)</source>
        <translation>The driver&apos;s default (encrypted if the server offers it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never encrypted</source>
        <translation>Never encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted if the server insists</source>
        <translation>Encrypted if the server insists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted if the server offers it</source>
        <translation>Encrypted if the server offers it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypted</source>
        <translation>Always encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate checked</source>
        <translation>Encrypted, server certificate checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate and name checked</source>
        <translation>Encrypted, server certificate and name checked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the address your administrator gave you, or fill in the fields. The password is asked for when the server wants it; it never belongs in the address, and parindex does not store it.</source>
        <translation>Paste the address your administrator gave you, or fill in the fields. The password is asked for when the server wants it; it never belongs in the address, and parindex does not store it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name the database on the server.</source>
        <translation>Name the database on the server.</translation>
    </message>
</context>
<context>
    <name>par::ui::ContextBar</name>
    <message>
        <location filename="../ui/ContextBar.cpp" line="+64"/>
        <source>&amp;Index</source>
        <translation>&amp;Index</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort</source>
        <translation>&amp;Cohort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tage</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraised (final)</source>
        <translation>Appraised (final)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessed</source>
        <translation>Self-assessed</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The %1 framework of %2 is ready: choose a unit and enter its scores.</source>
        <translation>The %1 framework of %2 is ready: choose a unit and enter its scores.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>New year...</source>
        <translation>New year...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a year to this index, copying last year&apos;s framework or starting empty</source>
        <translation>Add a year to this index, copying last year&apos;s framework or starting empty</translation>
    </message>
</context>
<context>
    <name>par::ui::CopyProcess</name>
    <message>
        <location filename="../ui/server/CopyProcess.cpp" line="+61"/>
        <source>Checking every table of the copy against the original...</source>
        <translation>Checking every table of the copy against the original...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the table %1 (%2 of %3)...</source>
        <translation>Copying the table %1 (%2 of %3)...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The copy stopped without saying why (exit code %1); nothing was kept.</source>
        <translation>The copy stopped without saying why (exit code %1); nothing was kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not copied: %1</source>
        <translation>Not copied: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n tables, %1 rows: before the copy was kept, every table was read back from it and compared with the source, by row count and checksum; every checksum matches.</source>
        <translation>
            <numerusform>%n tables, %1 rows: before the copy was kept, every table was read back from it and compared with the source, by row count and checksum; every checksum matches.</numerusform>
            <numerusform>%n tables, %1 rows: before the copy was kept, every table was read back from it and compared with the source, by row count and checksum; every checksum matches.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the database</source>
        <translation>Copying the database</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot start %1 to copy the database: %2</source>
        <translation>Cannot start %1 to copy the database: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: nothing was copied.</source>
        <translation>Cancelled: nothing was copied.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The copy did not report what it verified; do not rely on it.</source>
        <translation>The copy did not report what it verified; do not rely on it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write in the folder of %1.</source>
        <translation>Cannot write in the folder of %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot replace %1: %2. The old file was kept.</source>
        <translation>Cannot replace %1: %2. The old file was kept.</translation>
    </message>
</context>
<context>
    <name>par::ui::CriteriaTreeModel</name>
    <message>
        <location filename="../ui/setup/CriteriaTreeModel.cpp" line="+19"/>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The maximum of %1 is %2, but its parts give %3.</source>
        <translation>The maximum of %1 is %2, but its parts give %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the total</source>
        <translation>the total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mean of its parts (percentages)</source>
        <translation>The mean of its parts (percentages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sum of its parts (points)</source>
        <translation>The sum of its parts (points)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: this year already has scores.</source>
        <translation>Locked: this year already has scores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked: the results of this year are final.</source>
        <translation>Locked: the results of this year are final.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
</context>
<context>
    <name>par::ui::Dialogs</name>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+26"/>
        <location line="+45"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+12"/>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>par::ui::EntryPage</name>
    <message>
        <location filename="../ui/pages/EntryPage.cpp" line="+37"/>
        <source>&amp;Reopen...</source>
        <translation>&amp;Reopen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finalise...</source>
        <translation>&amp;Finalise...</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Score entry</source>
        <translation>Score entry</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose an index, a year and a unit in the bar above.</source>
        <translation>Choose an index, a year and a unit in the bar above.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the scores: %1</source>
        <translation>Cannot read the scores: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — %2 %3 — %4</source>
        <translation>%1 — %2 %3 — %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraised total: &lt;b&gt;%1&lt;/b&gt; / %2 (%3%)</source>
        <translation>Appraised total: &lt;b&gt;%1&lt;/b&gt; / %2 (%3%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No appraised total yet</source>
        <translation>No appraised total yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 results of &quot;%2&quot; are final and cannot be changed. To correct them, reopen them and give a reason; the reopening is recorded in the history.</source>
        <translation>The %1 results of &quot;%2&quot; are final and cannot be changed. To correct them, reopen them and give a reason; the reopening is recorded in the history.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+21"/>
        <location line="+172"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+19"/>
        <location line="+13"/>
        <location line="+111"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clear %1</source>
        <translation>clear %1</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Select a cell in the self-assessed or appraised column, then paste.</source>
        <translation>Select a cell in the self-assessed or appraised column, then paste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These results are final; reopen them before pasting.</source>
        <translation>These results are final; reopen them before pasting.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The pasted values are already there.</source>
        <translation>The pasted values are already there.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>paste %n value(s)</source>
        <translation>
            <numerusform>paste %n value</numerusform>
            <numerusform>paste %n values</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The %1 results of &quot;%2&quot; are final.</source>
        <translation>The %1 results of &quot;%2&quot; are final.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reopened: %1</source>
        <translation>Reopened: %1</translation>
    </message>
    <message>
        <location line="-407"/>
        <location line="+7"/>
        <location line="+178"/>
        <location line="+15"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>evidence of %1</source>
        <translation>evidence of %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note on %1</source>
        <translation>note on %1</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>&amp;Published value...</source>
        <translation>&amp;Published value...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;year...</source>
        <translation>New &amp;year...</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add a year to this index, copying last year&apos;s framework or starting empty</source>
        <translation>Add a year to this index, copying last year&apos;s framework or starting empty</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type a value and press Enter to move to the next criterion that takes values, Tab to the next value cell. Decimal comma or point. Ctrl+V pastes a block copied from a spreadsheet or the template; Ctrl+Z undoes, Ctrl+Shift+Z redoes. Rows computed from their parts take no typing: right-click one to record a published value.</source>
        <translation>Type a value and press Enter to move to the next criterion that takes values, Tab to the next value cell. Decimal comma or point. Ctrl+V pastes a block copied from a spreadsheet or the template; Ctrl+Z undoes, Ctrl+Shift+Z redoes. Rows computed from their parts take no typing: right-click one to record a published value.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Record or remove a published value for %1, which otherwise is computed from its parts.</source>
        <translation>Record or remove a published value for %1, which otherwise is computed from its parts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a field row or the total to record a published value for it.</source>
        <translation>Select a field row or the total to record a published value for it.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a year and a unit in the bar above, or add a year with New year...</source>
        <translation>Choose a year and a unit in the bar above, or add a year with New year...</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Saved: %1. But %2 has a published value, %3, that stands over its parts: it and the total do not change. To use the parts instead, right-click that row and remove the published value.</source>
        <translation>Saved: %1. But %2 has a published value, %3, that stands over its parts: it and the total do not change. To use the parts instead, right-click that row and remove the published value.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Published values are recorded on fields and the total; type the others.</source>
        <translation>Published values are recorded on fields and the total; type the others.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %1: %2</source>
        <translation>Not saved: %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>published value %1 = %2</source>
        <translation>published value %1 = %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>remove the published value of %1</source>
        <translation>remove the published value of %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record a published value for this row...</source>
        <translation>Record a published value for this row...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the published value of this row...</source>
        <translation>Remove the published value of this row...</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+31"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+203"/>
        <source>self-assessed</source>
        <translation>self-assessed</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+203"/>
        <source>appraised</source>
        <translation>appraised</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+16"/>
        <source>Record a published value</source>
        <translation>Record a published value</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The %1 value of %2, as published (maximum %3). Its parts now give %4.</source>
        <translation>The %1 value of %2, as published (maximum %3). Its parts now give %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next...</source>
        <translation>Next...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record %1 as the %2 value of %3? It then stands over its parts (which give %4): the total and the ranking use it, and the row is marked as a published value.</source>
        <translation>Record %1 as the %2 value of %3? It then stands over its parts (which give %4): the total and the ranking use it, and the row is marked as a published value.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the published value</source>
        <translation>Remove the published value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the published value %1 of %2? The row then shows the result of its parts: %3.</source>
        <translation>Remove the published value %1 of %2? The row then shows the result of its parts: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 was the last criterion that takes values.</source>
        <translation>%1 was the last criterion that takes values.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your account (%1) may not change this column.</source>
        <translation>Your account (%1) may not change this column.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was pasted: the block has %1 values in a column but only %2 criteria that take values follow from here.</source>
        <translation>Nothing was pasted: the block has %1 values in a column but only %2 criteria that take values follow from here.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was pasted: the block is wider than the value columns.</source>
        <translation>Nothing was pasted: the block is wider than the value columns.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was pasted. %1 (%2): &quot;%3&quot; %4</source>
        <translation>Nothing was pasted. %1 (%2): &quot;%3&quot; %4</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is computed from its parts: type the values of its parts. To record a published value over them, right-click the row: &quot;Record a published value for this row...&quot;.</source>
        <translation>%1 is computed from its parts: type the values of its parts. To record a published value over them, right-click the row: &quot;Record a published value for this row...&quot;.</translation>
    </message>
</context>
<context>
    <name>par::ui::FinaliseActions</name>
    <message>
        <location filename="../ui/FinaliseActions.cpp" line="+22"/>
        <source>Close the %1 results of &quot;%2&quot;? Nobody can change them afterwards until they are reopened with a reason.</source>
        <translation>Close the %1 results of &quot;%2&quot;? Nobody can change them afterwards until they are reopened with a reason.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unit(s) have no or incomplete final scores; their ranks would be closed as they are:</source>
        <translation>
            <numerusform>%n unit has no or incomplete final scores; its rank would be closed as it is:</numerusform>
            <numerusform>%n units have no or incomplete final scores; their ranks would be closed as they are:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+8"/>
        <source>Finalise results</source>
        <translation>Finalise results</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finalise without them</source>
        <translation>Finalise without them</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>finalised from the score entry page</source>
        <translation>finalised from the score entry page</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>Reopen final results</source>
        <translation>Reopen final results</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Why must the %1 results of &quot;%2&quot; change? The reason is kept in the history.</source>
        <translation>Why must the %1 results of &quot;%2&quot; change? The reason is kept in the history.</translation>
    </message>
</context>
<context>
    <name>par::ui::FrameworkTab</name>
    <message>
        <location filename="../ui/setup/FrameworkTab.cpp" line="+43"/>
        <source>Add sub-criterion</source>
        <translation>Add sub-criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criterion inside the selected one</source>
        <translation>Add a criterion inside the selected one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add criterion below</source>
        <translation>Add criterion below</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a criterion after the selected one, at the same level</source>
        <translation>Add a criterion after the selected one, at the same level</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+363"/>
        <location line="+92"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>Remove the selected criterion and its sub-criteria</source>
        <translation>Remove the selected criterion and its sub-criteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected criterion up among its siblings</source>
        <translation>Move the selected criterion up among its siblings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected criterion down among its siblings</source>
        <translation>Move the selected criterion down among its siblings</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Double-click a cell to change it. A parent&apos;s maximum that differs from its parts is marked with a warning sign.</source>
        <translation>Double-click a cell to change it. A parent&apos;s maximum that differs from its parts is marked with a warning sign.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Classification bands</source>
        <translation>Classification bands</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Percent of the maximum points that applied. A unit takes the highest band whose minimum it reaches.</source>
        <translation>Percent of the maximum points that applied. A unit takes the highest band whose minimum it reaches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add band</source>
        <translation>Add band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a classification band</source>
        <translation>Add a classification band</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>Remove band</source>
        <translation>Remove band</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Remove the selected band</source>
        <translation>Remove the selected band</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>%1 has no framework yet. Create a year or import a framework file with the buttons above.</source>
        <translation>%1 has no framework yet. Create a year or import a framework file with the buttons above.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no index yet. Create one with &quot;New index&quot; above.</source>
        <translation>There is no index yet. Create one with &quot;New index&quot; above.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 %2: %n criteria, maximum %3</source>
        <translation>
            <numerusform>%1 %2: %n criterion, maximum %3</numerusform>
            <numerusform>%1 %2: %n criteria, maximum %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 results of %2 are final. Titles and lead units can still change; maxima, bands and criteria stay as they are until the results are reopened with a reason.</source>
        <translation>The %1 results of %2 are final. Titles and lead units can still change; maxima, bands and criteria stay as they are until the results are reopened with a reason.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already has scores: codes and aggregations are locked, criteria with scores cannot be removed, and no maximum may go below a recorded score.</source>
        <translation>%1 already has scores: codes and aggregations are locked, criteria with scores cannot be removed, and no maximum may go below a recorded score.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no scores yet: everything in this framework can still change.</source>
        <translation>%1 has no scores yet: everything in this framework can still change.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>New top-level criterion</source>
        <translation>New top-level criterion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New criterion in %1</source>
        <translation>New criterion in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Criterion added.</source>
        <translation>Criterion added.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New criterion after %1</source>
        <translation>New criterion after %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <location line="+17"/>
        <source>Cannot remove the criterion</source>
        <translation>Cannot remove the criterion</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>%1 &quot;%2&quot; cannot be removed: %n score(s) are recorded for it or its sub-criteria.</source>
        <translation>
            <numerusform>%1 &quot;%2&quot; cannot be removed: %n score is recorded for it or its sub-criteria.</numerusform>
            <numerusform>%1 &quot;%2&quot; cannot be removed: %n scores are recorded for it or its sub-criteria.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove those scores on the score entry page first, or keep the criterion.</source>
        <translation>Remove those scores on the score entry page first, or keep the criterion.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove %1 &quot;%2&quot; and its %n sub-criteria?</source>
        <translation>
            <numerusform>Remove %1 &quot;%2&quot; and its %n sub-criterion?</numerusform>
            <numerusform>Remove %1 &quot;%2&quot; and its %n sub-criteria?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 &quot;%2&quot;?</source>
        <translation>Remove %1 &quot;%2&quot;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove criterion</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criterion %1 removed.</source>
        <translation>Criterion %1 removed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot move the criterion</source>
        <translation>Cannot move the criterion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved up.</source>
        <translation>Moved up.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved down.</source>
        <translation>Moved down.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the total</source>
        <translation>the total</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Cannot change %1</source>
        <translation>Cannot change %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Maximum points: %1</source>
        <translation>Maximum points: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The total</source>
        <translation>The total</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Band added.</source>
        <translation>Band added.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the band &quot;%1&quot; (from %2%)?</source>
        <translation>Remove the band &quot;%1&quot; (from %2%)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot remove the band</source>
        <translation>Cannot remove the band</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Band removed.</source>
        <translation>Band removed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Cannot change the band</source>
        <translation>Cannot change the band</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bands saved.</source>
        <translation>Bands saved.</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Add its first criterion with &quot;Add sub-criterion&quot; (the total is selected), or import a framework file.</source>
        <translation>Add its first criterion with &quot;Add sub-criterion&quot; (the total is selected), or import a framework file.</translation>
    </message>
</context>
<context>
    <name>par::ui::HistoryPage</name>
    <message>
        <location filename="../ui/pages/HistoryPage.cpp" line="+225"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Code, e.g. 3.1</source>
        <translation>Code, e.g. 3.1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Index:</source>
        <translation>&amp;Index:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>U&amp;nit:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;riterion:</source>
        <translation>C&amp;riterion:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+1"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The newest %1 changes are shown; narrow the filters to see older ones.</source>
        <translation>The newest %1 changes are shown; narrow the filters to see older ones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change matches these filters.</source>
        <translation>No change matches these filters.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a change to see it in full.</source>
        <translation>Select a change to see it in full.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>criterion %1</source>
        <translation>criterion %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2: %3 %4</source>
        <translation>%1 by %2: %3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value: %1   New value: %2</source>
        <translation>Old value: %1   New value: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>par::ui::ImportDialog</name>
    <message>
        <location filename="../ui/import/ImportDialog.cpp" line="+42"/>
        <source>Import scores: %1</source>
        <translation>Import scores: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Index:</source>
        <translation>Index:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a new name to create a new ranking pool.</source>
        <translation>Type a new name to create a new ranking pool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraised (final)</source>
        <translation>Appraised (final)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessed</source>
        <translation>Self-assessed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New units</source>
        <translation>New units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced values</source>
        <translation>Replaced values</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save error list...</source>
        <translation>&amp;Save error list...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+141"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This file cannot be imported.</source>
        <translation>This file cannot be imported.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (line %2)</source>
        <translation>%1 (line %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(blank: removed)</source>
        <translation>(blank: removed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New units (%1)</source>
        <translation>New units (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced values (%1)</source>
        <translation>Replaced values (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Nothing can be imported: %n error(s) must be corrected in the file first.</source>
        <translation>
            <numerusform>Nothing can be imported: %n error must be corrected in the file first.</numerusform>
            <numerusform>Nothing can be imported: %n errors must be corrected in the file first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to import %1 units (%2 new) into %3 %4, &quot;%5&quot;: %6 values replaced, %7 warnings.</source>
        <translation>Ready to import %1 units (%2 new) into %3 %4, &quot;%5&quot;: %6 values replaced, %7 warnings.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing %1...</source>
        <translation>Importing %1...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import scores</source>
        <translation>Import scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Correct the file or the choices above and try again.</source>
        <translation>Nothing was changed. Correct the file or the choices above and try again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Save error list</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>-errors.txt</source>
        <translation>-errors.txt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose another folder and try again.</source>
        <translation>Choose another folder and try again.</translation>
    </message>
</context>
<context>
    <name>par::ui::LineageDialog</name>
    <message>
        <location filename="../ui/setup/LineageDialog.cpp" line="+32"/>
        <source>Merge units</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split a unit</source>
        <translation>Split a unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename a unit from a year</source>
        <translation>Rename a unit from a year</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Required: for example Nghị quyết 190/2025/QH15</source>
        <translation>Required: for example Nghị quyết 190/2025/QH15</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: without one, the legal basis is logged</source>
        <translation>Optional: without one, the legal basis is logged</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter by name or code</source>
        <translation>Filter by name or code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;From (tick the units):</source>
        <translation>&amp;From (tick the units):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An e&amp;xisting unit:</source>
        <translation>An e&amp;xisting unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ne&amp;w unit named:</source>
        <translation>A ne&amp;w unit named:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example Sở Nông nghiệp và Môi trường</source>
        <translation>For example Sở Nông nghiệp và Môi trường</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Into:</source>
        <translation>&amp;Into:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Unit that splits:</source>
        <translation>&amp;Unit that splits:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nto existing units:</source>
        <translation>I&amp;nto existing units:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names separated by semicolons: Xã Chợ Mới; Xã Thanh Mai</source>
        <translation>Names separated by semicolons: Xã Chợ Mới; Xã Thanh Mai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>And ne&amp;w units:</source>
        <translation>And ne&amp;w units:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New name:</source>
        <translation>&amp;New name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From &amp;year:</source>
        <translation>From &amp;year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal &amp;basis:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for the log:</source>
        <translation>&amp;Reason for the log:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The units that end keep their results up to the year before; the units after the change are ranked from the year on, and their predecessors&apos; results are shown beside theirs, never added together. Recording a change is not undone with Edit &gt; Undo: you are asked to confirm it, and it stays in the History page.</source>
        <translation>The units that end keep their results up to the year before; the units after the change are ranked from the year on, and their predecessors&apos; results are shown beside theirs, never added together. Recording a change is not undone with Edit &gt; Undo: you are asked to confirm it, and it stays in the History page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record merger</source>
        <translation>Record merger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record split</source>
        <translation>Record split</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record rename</source>
        <translation>Record rename</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Tick the units that merge.</source>
        <translation>Tick the units that merge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose from the list the unit they become, or name a new one.</source>
        <translation>Choose from the list the unit they become, or name a new one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the name of the new unit.</source>
        <translation>Give the name of the new unit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose from the list the unit that splits.</source>
        <translation>Choose from the list the unit that splits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick the existing units or name the new units it becomes: at least two.</source>
        <translation>Tick the existing units or name the new units it becomes: at least two.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose from the list the unit to rename.</source>
        <translation>Choose from the list the unit to rename.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the new name.</source>
        <translation>Give the new name.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ticked: %1.</source>
        <translation>Ticked: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 becomes part of %2 from %3.</source>
        <translation>%1 becomes part of %2 from %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These %1 units become %2 from %3: %4.</source>
        <translation>These %1 units become %2 from %3: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 becomes %2 from %3.</source>
        <translation>%1 becomes %2 from %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is named %2 from %3.</source>
        <translation>%1 is named %2 from %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the legal basis of the change: the decision or resolution that made it.</source>
        <translation>Give the legal basis of the change: the decision or resolution that made it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This cannot be undone with Edit &gt; Undo: the units&apos; life spans and their places in cohorts change with it. It stays in the History page.</source>
        <translation>This cannot be undone with Edit &gt; Undo: the units&apos; life spans and their places in cohorts change with it. It stays in the History page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was recorded.</source>
        <translation>Nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>par::ui::LostPointsModel</name>
    <message>
        <location filename="../ui/models/LostPointsModel.cpp" line="+89"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
</context>
<context>
    <name>par::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+156"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../ui/help/ManualShotsMain.cpp" line="+67"/>
        <location filename="../ui/MainWindow.cpp" line="+28"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+22"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database...</source>
        <translation>&amp;New database...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database...</source>
        <translation>&amp;Open database...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to &amp;server...</source>
        <translation>Connect to &amp;server...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a parindex database on the province&apos;s PostgreSQL server</source>
        <translation>Open a parindex database on the province&apos;s PostgreSQL server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo database</source>
        <translation>Open the &amp;demo database</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+439"/>
        <source>&amp;Back up to a file...</source>
        <translation>&amp;Back up to a file...</translation>
    </message>
    <message>
        <location line="-434"/>
        <source>Copy to a ser&amp;ver...</source>
        <translation>Copy to a ser&amp;ver...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About parindex</source>
        <translation>&amp;About parindex</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot connect to the server</source>
        <translation>Cannot connect to the server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address with File &gt; Connect to server..., or ask the server&apos;s administrator.</source>
        <translation>Check the address with File &gt; Connect to server..., or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file is a parindex database and that you may write to its folder, or open another one from the File menu.</source>
        <translation>Check that the file is a parindex database and that you may write to its folder, or open another one from the File menu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+37"/>
        <source>Copy to a server</source>
        <translation>Copy to a server</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Copies this database whole, its history included, into a database on the server, and checks every table of the copy against this file before keeping it. The destination must be new or empty: a database the server&apos;s administrator has just created, or one prepared with parindex init. One that holds anything is refused and left as it is. The password is asked for when the server wants it.</source>
        <translation>Copies this database whole, its history included, into a database on the server, and checks every table of the copy against this file before keeping it. The destination must be new or empty: a database the server&apos;s administrator has just created, or one prepared with parindex init. One that holds anything is refused and left as it is. The password is asked for when the server wants it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copying %1 to %2...</source>
        <translation>Copying %1 to %2...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied %1 to the server database %2.</source>
        <translation>Copied %1 to the server database %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the server copy now? This file stays as it is; changes made on the server from now on are not in it.</source>
        <translation>Open the server copy now? This file stays as it is; changes made on the server from now on are not in it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the server copy</source>
        <translation>&amp;Open the server copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep working on the file</source>
        <translation>&amp;Keep working on the file</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+41"/>
        <location line="+26"/>
        <location line="+41"/>
        <location line="+79"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <location line="+79"/>
        <source>parindex databases (*.db);;All files (*)</source>
        <translation>parindex databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write the demo database</source>
        <translation>Cannot write the demo database</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Back up to a file</source>
        <translation>Back up to a file</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <location line="+4"/>
        <source>Save a copy as a file</source>
        <translation>Save a copy as a file</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A backup cannot overwrite the open database.</source>
        <translation>A backup cannot overwrite the open database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another folder and try again.</source>
        <translation>Choose another folder and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving a copy of %1 as %2...</source>
        <translation>Saving a copy of %1 as %2...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved a copy of %1 as %2.</source>
        <translation>Saved a copy of %1 as %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved a copy as %1</source>
        <translation>Saved a copy as %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The open database is already on a server</source>
        <translation>The open database is already on a server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this database file, whole and verified, into a new or empty database on the province&apos;s PostgreSQL server</source>
        <translation>Copy this database file, whole and verified, into a new or empty database on the province&apos;s PostgreSQL server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save a &amp;copy as a file...</source>
        <translation>Save a &amp;copy as a file...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the open database file to another file</source>
        <translation>Copy the open database file to another file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a verified copy of the server database as a database file, to keep or to take offline</source>
        <translation>Save a verified copy of the server database as a database file, to keep or to take offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an account that reads the whole database (secretariat, appraiser, viewer) can save a copy of it</source>
        <translation>Only an account that reads the whole database (secretariat, appraiser, viewer) can save a copy of it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A server database is restored on the server, by its administrator; Restore replaces a database file only</source>
        <translation>A server database is restored on the server, by its administrator; Restore replaces a database file only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the open database file by a backup</source>
        <translation>Replace the open database file by a backup</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>About parindex</source>
        <translation>About parindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parindex %1

Records and analyses administrative reform index results (PAR INDEX, SIPAS, PAPI and the province&apos;s own indexes) for the steering committee&apos;s secretariat.</source>
        <translation>parindex %1

Records and analyses administrative reform index results (PAR INDEX, SIPAS, PAPI and the province&apos;s own indexes) for the steering committee&apos;s secretariat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no database</source>
        <translation>no database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 - parindex</source>
        <translation>%1 - parindex</translation>
    </message>
    <message>
        <location line="-525"/>
        <source>&amp;Import scores...</source>
        <translation>&amp;Import scores...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a score table (CSV or Excel) into the selected index, with a preview</source>
        <translation>Import a score table (CSV or Excel) into the selected index, with a preview</translation>
    </message>
    <message>
        <location line="+325"/>
        <location line="+4"/>
        <source>Import scores</source>
        <translation>Import scores</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose an index first.</source>
        <translation>Choose an index first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the index in the bar at the top, or create one on the Setup page.</source>
        <translation>Select the index in the bar at the top, or create one on the Setup page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score tables (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Score tables (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="-324"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>&amp;Ranking...</source>
        <translation>&amp;Ranking...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Score sheet...</source>
        <translation>&amp;Score sheet...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template for units to fill in...</source>
        <translation>&amp;Template for units to fill in...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Framework...</source>
        <translation>&amp;Framework...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History...</source>
        <translation>&amp;History...</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Created %1. Next: set up the criteria of %2 (New year..., or import them).</source>
        <translation>Created %1. Next: set up the criteria of %2 (New year..., or import them).</translation>
    </message>
    <message>
        <location line="+133"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+20"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Choose an index and a year first.</source>
        <translation>Choose an index and a year first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ranking</source>
        <translation>ranking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scores</source>
        <translation>scores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>framework</source>
        <translation>framework</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>history</source>
        <translation>history</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+52"/>
        <source>Choose another file or folder and try again.</source>
        <translation>Choose another file or folder and try again.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Meeting &amp;report...</source>
        <translation>Meeting &amp;report...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Restore from a backup...</source>
        <translation>&amp;Restore from a backup...</translation>
    </message>
    <message>
        <location line="+457"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Replace %1 by the backup %2? The current file is kept beside it.</source>
        <translation>Replace %1 by the backup %2? The current file is kept beside it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored from %1</source>
        <translation>Restored from %1</translation>
    </message>
</context>
<context>
    <name>par::ui::ManualDock</name>
    <message>
        <location filename="../ui/help/ManualDock.cpp" line="+11"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>par::ui::NewDatabaseWizard</name>
    <message>
        <location filename="../ui/welcome/NewDatabaseWizard.cpp" line="+74"/>
        <source>New database for a province</source>
        <translation>New database for a province</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+289"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Your province</source>
        <translation>Your province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database keeps one province: its results in the national indexes and its own scoring of its units.</source>
        <translation>The database keeps one province: its results in the national indexes and its own scoring of its units.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example: Bắc Kạn</source>
        <translation>for example: Bắc Kạn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Province&apos;s name:</source>
        <translation>&amp;Province&apos;s name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First year:</source>
        <translation>&amp;First year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first year is the year whose results you will record first; the units below are the members of its cohorts. Later years are added on the Setup page.</source>
        <translation>The first year is the year whose results you will record first; the units below are the members of its cohorts. Later years are added on the Setup page.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your units</source>
        <translation>Your units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the names from a list or a spreadsheet column, one unit per line. Leave a list empty if the province does not score those units.</source>
        <translation>Paste the names from a list or a spreadsheet column, one unit per line. Leave a list empty if the province does not score those units.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>districts (UBND huyện)</source>
        <translation>districts (UBND huyện)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>communes (UBND xã)</source>
        <translation>communes (UBND xã)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Departments (sở, ban, ngành):</source>
        <translation>&amp;Departments (sở, ban, ngành):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Local units:</source>
        <translation>&amp;Local units:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 departments, %2 %3</source>
        <translation>%1 departments, %2 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The indexes you track</source>
        <translation>The indexes you track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The national indexes rank your province among the others; your own index ranks your units. Their criteria are set up year by year afterwards.</source>
        <translation>The national indexes rank your province among the others; your own index ranks your units. Their criteria are set up year by year afterwards.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The province&apos;s own index of its units</source>
        <translation>The province&apos;s own index of its units</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units are ranked against their peers: departments together, districts or communes together. Each cohort is a ranking of the province&apos;s own index.</source>
        <translation>Units are ranked against their peers: departments together, districts or communes together. Each cohort is a ranking of the province&apos;s own index.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank the departments:</source>
        <translation>Rank the departments:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank the local units:</source>
        <translation>Rank the local units:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The names appear in rankings and reports; you can rename cohorts and add others on the Setup page.</source>
        <translation>The names appear in rankings and reports; you can rename cohorts and add others on the Setup page.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+131"/>
        <source>The database file</source>
        <translation>The database file</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Everything is kept in this one file: back it up like any important document.</source>
        <translation>Everything is kept in this one file: back it up like any important document.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Province: %1; first year %2.</source>
        <translation>Province: %1; first year %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units: %1 departments, %2 %3.</source>
        <translation>Units: %1 departments, %2 %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexes: %1.</source>
        <translation>Indexes: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cohorts of %1: %2.</source>
        <translation>Cohorts of %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: the Setup page, for the criteria of %1.</source>
        <translation>Next: the Setup page, for the criteria of %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>parindex databases (*.db)</source>
        <translation>parindex databases (*.db)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Departments:</source>
        <translation>Departments:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local units:</source>
        <translation>Local units:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the province&apos;s name.</source>
        <translation>Give the province&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The province&apos;s name %1.</source>
        <translation>The province&apos;s name %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one index to track.</source>
        <translation>Choose at least one index to track.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the province&apos;s own index a short code, such as CCHC.</source>
        <translation>Give the province&apos;s own index a short code, such as CCHC.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The province&apos;s own index needs at least one cohort to rank its units in.</source>
        <translation>The province&apos;s own index needs at least one cohort to rank its units in.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to keep the database.</source>
        <translation>Choose where to keep the database.</translation>
    </message>
</context>
<context>
    <name>par::ui::OverviewPage</name>
    <message>
        <location filename="../ui/pages/OverviewPage.cpp" line="+61"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent of maximum</source>
        <translation>Percent of maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against last year</source>
        <translation>Against last year</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Most points lost</source>
        <translation>Most points lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fell most since last year</source>
        <translation>Fell most since last year</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose an index in the bar above, or create one on the Setup page.</source>
        <translation>Choose an index in the bar above, or create one on the Setup page.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose an index, a year and a unit in the bar above.</source>
        <translation>Choose an index, a year and a unit in the bar above.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no year yet.</source>
        <translation>%1 has no year yet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 has no %2 results for %3 yet.</source>
        <translation>%1 has no %2 results for %3 yet.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source> (published)</source>
        <translation> (published)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>rank %1 → %2</source>
        <translation>rank %1 → %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Total over the years</source>
        <translation>Total over the years</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each field as percent of its maximum</source>
        <translation>Each field as percent of its maximum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of maximum</source>
        <translation>% of maximum</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Your account (%1) reads the self-assessments of its own unit only.</source>
        <translation>Your account (%1) reads the self-assessments of its own unit only.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 results of %2 for %3 are not published yet: your account (%4) reads other units&apos; final results once their year is finalised.</source>
        <translation>The %1 results of %2 for %3 are not published yet: your account (%4) reads other units&apos; final results once their year is finalised.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · provisional</source>
        <translation> · provisional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published rank. Source: %1</source>
        <translation>Published rank. Source: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vs %1 (%2) %3</source>
        <translation>vs %1 (%2) %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year with units still missing scores: the rank and its change may still move.</source>
        <translation>A year with units still missing scores: the rank and its change may still move.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no earlier year</source>
        <translation>no earlier year</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has criteria without a score: its total is incomplete.</source>
        <translation>%1 has criteria without a score: its total is incomplete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2, &quot;%3&quot;: %4.</source>
        <translation>%1 %2, &quot;%3&quot;: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank %1 of %2 as published (%3); the rest of the pool is not in the database.</source>
        <translation>Rank %1 of %2 as published (%3); the rest of the pool is not in the database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no source given</source>
        <translation>no source given</translation>
    </message>
</context>
<context>
    <name>par::ui::RankingModel</name>
    <message>
        <location filename="../ui/models/RankingModel.cpp" line="+45"/>
        <source>%1=</source>
        <translation>%1=</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predecessors %1</source>
        <translation>predecessors %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1; merged in %2</source>
        <translation>%1; merged in %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (no value)</source>
        <translation>%1 (no value)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3%)</source>
        <translation>%1 (%2, %3%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: in %2 it ranked %3 and the units merged into it %4.</source>
        <translation>%1: in %2 it ranked %3 and the units merged into it %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: in %2 its predecessors ranked %3.</source>
        <translation>%1: in %2 its predecessors ranked %3.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Tied: equal totals share a rank and the next rank is skipped.</source>
        <translation>Tied: equal totals share a rank and the next rank is skipped.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A unit formed by a merger or a split has no change against a single number.</source>
        <translation>A unit formed by a merger or a split has no change against a single number.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Up %n place(s) since %1.</source>
        <translation>
            <numerusform>Up %n place since %1.</numerusform>
            <numerusform>Up %n places since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Down %n place(s) since %1.</source>
        <translation>
            <numerusform>Down %n place since %1.</numerusform>
            <numerusform>Down %n places since %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rank as in %1.</source>
        <translation>The same rank as in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cohort&apos;s members changed since %1: the two ranks are of different rankings and are not compared.</source>
        <translation>The cohort&apos;s members changed since %1: the two ranks are of different rankings and are not compared.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last year&apos;s rank</source>
        <translation>Last year&apos;s rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank in %1</source>
        <translation>Rank in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Published rank. Source: %1</source>
        <translation>Published rank. Source: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some criteria have no score yet: the total is incomplete.</source>
        <translation>Some criteria have no score yet: the total is incomplete.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rank (provisional)</source>
        <translation>Rank (provisional)</translation>
    </message>
</context>
<context>
    <name>par::ui::RankingsPage</name>
    <message>
        <location filename="../ui/pages/RankingsPage.cpp" line="+52"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a unit&apos;s name</source>
        <translation>Part of a unit&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy table</source>
        <translation>&amp;Copy table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the visible rows to the clipboard, to paste into a spreadsheet (Ctrl+Shift+C)</source>
        <translation>Copy the visible rows to the clipboard, to paste into a spreadsheet (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Rankings</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose an index and a year in the bar above.</source>
        <translation>Choose an index and a year in the bar above.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 — %3 (%4)</source>
        <translation>%1 %2 — %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>appraised scores</source>
        <translation>appraised scores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>self-assessed scores</source>
        <translation>self-assessed scores</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unit(s) ranked.</source>
        <translation>
            <numerusform>%n unit ranked.</numerusform>
            <numerusform>%n units ranked.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not ranked, no score yet: %1.</source>
        <translation>Not ranked, no score yet: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The cohort&apos;s members changed between %1 and %2 (%3 ranked then, %4 now): each rank of %1 is shown with its own &quot;of&quot; and no change of rank is computed.</source>
        <translation>The cohort&apos;s members changed between %1 and %2 (%3 ranked then, %4 now): each rank of %1 is shown with its own &quot;of&quot; and no change of rank is computed.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Total, first %1 units</source>
        <translation>Total, first %1 units</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Copied %n row(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n row to the clipboard.</numerusform>
            <numerusform>Copied %n rows to the clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Some criteria unscored: %1.</source>
        <translation>Some criteria unscored: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ranks shown as n/N are published (%1); the rest of the pool is not in the database.</source>
        <translation>Ranks shown as n/N are published (%1); the rest of the pool is not in the database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no source given</source>
        <translation>no source given</translation>
    </message>
</context>
<context>
    <name>par::ui::ReportDialog</name>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="+44"/>
        <source>Summary and the parts of the total</source>
        <translation>Summary and the parts of the total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend over the years</source>
        <translation>Trend over the years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields as percent of their maximum</source>
        <translation>Fields as percent of their maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen satisfaction (SIPAS)</source>
        <translation>Citizen satisfaction (SIPAS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where points were lost, with lead units</source>
        <translation>Where points were lost, with lead units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rankings of departments and districts</source>
        <translation>Rankings of departments and districts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annexes (long rankings)</source>
        <translation>Annexes (long rankings)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Meeting report</source>
        <translation>Meeting report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Index:</source>
        <translation>Index:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The province</source>
        <translation>The province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One unit</source>
        <translation>One unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cohort</source>
        <translation>A cohort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Report on:</source>
        <translation>&amp;Report on:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every cohort</source>
        <translation>Every cohort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Co&amp;hort:</source>
        <translation>Co&amp;hort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pre&amp;view...</source>
        <translation>Pre&amp;view...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Export PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;ODT...</source>
        <translation>Save as &amp;ODT...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title and signature...</source>
        <translation>&amp;Title and signature...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Preparing the report...</source>
        <translation>Preparing the report...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote %1 (editable text).</source>
        <translation>Wrote %1 (editable text).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Save the report as ODT</source>
        <translation>Save the report as ODT</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>ODF text documents (*.odt)</source>
        <translation>ODF text documents (*.odt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cohorts</source>
        <translation>cohorts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+24"/>
        <source>Choose another folder and try again.</source>
        <translation>Choose another folder and try again.</translation>
    </message>
</context>
<context>
    <name>par::ui::ReportOdt</name>
    <message>
        <location filename="../ui/report/ReportOdt.cpp" line="+329"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write %1: not a readable package</source>
        <translation>cannot write %1: not a readable package</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot write %1: the page layout could not be added</source>
        <translation>cannot write %1: the page layout could not be added</translation>
    </message>
</context>
<context>
    <name>par::ui::ReportPainter</name>
    <message>
        <location filename="../ui/report/ReportPainter.cpp" line="+938"/>
        <location line="+3"/>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the report was not finished</source>
        <translation>the report was not finished</translation>
    </message>
</context>
<context>
    <name>par::ui::ReportSettingsDialog</name>
    <message>
        <location filename="../ui/ReportSettingsDialog.cpp" line="+21"/>
        <source>Title block and signature</source>
        <translation>Title block and signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set once for this database; an empty field takes the report&apos;s default.</source>
        <translation>Set once for this database; an empty field takes the report&apos;s default.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Superior body:</source>
        <translation>&amp;Superior body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document s&amp;ymbol:</source>
        <translation>Document s&amp;ymbol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs &amp;for:</source>
        <translation>Signs &amp;for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One recipient a line, e.g. &quot;- Như trên;&quot;</source>
        <translation>One recipient a line, e.g. &quot;- Như trên;&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recipients (Nơi nhận):</source>
        <translation>&amp;Recipients (Nơi nhận):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>par::ui::ScoreDelegate</name>
    <message>
        <location filename="../ui/models/ScoreDelegate.cpp" line="+48"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>par::ui::ScoreTreeModel</name>
    <message>
        <location filename="../ui/models/ScoreTreeModel.cpp" line="+220"/>
        <location line="+141"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1 (parts %2)</source>
        <translation>%1 (parts %2)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-assessed</source>
        <translation>Self-assessed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>the total</source>
        <translation>the total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>A published value is recorded for this row: %1. Its parts give %2; the recorded value stands over them. To go back to the parts, use &quot;Remove the published value of this row...&quot; in the context menu.</source>
        <translation>A published value is recorded for this row: %1. Its parts give %2; the recorded value stands over them. To go back to the parts, use &quot;Remove the published value of this row...&quot; in the context menu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 of its parts: %2. Computed: type the values of its parts. To record a published value over them, use &quot;Record a published value for this row...&quot; in the context menu.</source>
        <translation>The %1 of its parts: %2. Computed: type the values of its parts. To record a published value over them, use &quot;Record a published value for this row...&quot; in the context menu.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 is computed from its parts: type the values of its parts. To record a published value over them, use &quot;Record a published value for this row...&quot; in the context menu.</source>
        <translation>%1 is computed from its parts: type the values of its parts. To record a published value over them, use &quot;Record a published value for this row...&quot; in the context menu.</translation>
    </message>
</context>
<context>
    <name>par::ui::Session</name>
    <message>
        <location filename="../ui/Session.cpp" line="+178"/>
        <source>No index is selected.</source>
        <translation>No index is selected.</translation>
    </message>
</context>
<context>
    <name>par::ui::SetupDialogs</name>
    <message>
        <location filename="../ui/setup/SetupDialogs.cpp" line="+38"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New index</source>
        <translation>New index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example DDCI</source>
        <translation>For example DDCI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example Chỉ số năng lực cạnh tranh cấp sở, ngành</source>
        <translation>For example Chỉ số năng lực cạnh tranh cấp sở, ngành</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example Sở, ban, ngành</source>
        <translation>For example Sở, ban, ngành</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <location line="+65"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+206"/>
        <location line="+30"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>&amp;First year:</source>
        <translation>&amp;First year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First c&amp;ohort:</source>
        <translation>First c&amp;ohort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index starts with an empty criteria tree for its first year: add criteria, or import a framework file. The cohort is the group of units ranked together; without a name it is named after the code.</source>
        <translation>The index starts with an empty criteria tree for its first year: add criteria, or import a framework file. The cohort is the group of units ranked together; without a name it is named after the code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create index</source>
        <translation>Create index</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New year for %1</source>
        <translation>New year for %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an &amp;empty framework</source>
        <translation>Start with an &amp;empty framework</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+52"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Criteria:</source>
        <translation>Criteria:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy last year&apos;s framework (there is no earlier year)</source>
        <translation>&amp;Copy last year&apos;s framework (there is no earlier year)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create year</source>
        <translation>Create year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already has a framework for %2.</source>
        <translation>%1 already has a framework for %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import a framework into %1</source>
        <translation>Import a framework into %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV file: code, title, max_points [, parent, aggregation, lead_unit]</source>
        <translation>A CSV file: code, title, max_points [, parent, aggregation, lead_unit]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file replaces the criteria of the %1 framework; this is refused once that year has scores. Its bands are kept.</source>
        <translation>The file replaces the criteria of the %1 framework; this is refused once that year has scores. Its bands are kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file becomes the %1 framework, with the bands of the year before.</source>
        <translation>The file becomes the %1 framework, with the bands of the year before.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a framework file</source>
        <translation>Choose a framework file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the file to import.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>For example 2,5</source>
        <translation>For example 2,5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum points:</source>
        <translation>&amp;Maximum points:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lead unit:</source>
        <translation>&amp;Lead unit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maximum points: %1</source>
        <translation>Maximum points: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New band</source>
        <translation>New band</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example 85</source>
        <translation>For example 85</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example Tốt</source>
        <translation>For example Tốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From (percent of the maximum):</source>
        <translation>&amp;From (percent of the maximum):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Band:</source>
        <translation>&amp;Band:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit takes the highest band whose minimum it reaches.</source>
        <translation>A unit takes the highest band whose minimum it reaches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add band</source>
        <translation>Add band</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional, unique: for example SNV</source>
        <translation>Optional, unique: for example SNV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exists &amp;from:</source>
        <translation>Exists &amp;from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exists &amp;until:</source>
        <translation>Exists &amp;until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New cohort of %1</source>
        <translation>New cohort of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example UBND huyện, thành phố</source>
        <translation>For example UBND huyện, thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Units of kind:</source>
        <translation>&amp;Units of kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cohort is a group of units ranked against each other, such as the departments or the districts.</source>
        <translation>A cohort is a group of units ranked against each other, such as the departments or the districts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create cohort</source>
        <translation>Create cohort</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add units to %1 (%2)</source>
        <translation>Add units to %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name or code</source>
        <translation>Filter by name or code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every unit that exists in %1 is already in this cohort.</source>
        <translation>Every unit that exists in %1 is already in this cohort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the units to rank in this cohort for %1.</source>
        <translation>Tick the units to rank in this cohort for %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add units</source>
        <translation>Add units</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick at least one unit.</source>
        <translation>Tick at least one unit.</translation>
    </message>
    <message>
        <location line="-328"/>
        <source>Sum of the parts (points)</source>
        <translation>Sum of the parts (points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of the parts (percentages)</source>
        <translation>Mean of the parts (percentages)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+144"/>
        <source>&amp;Aggregation:</source>
        <translation>&amp;Aggregation:</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Copy last year&apos;s framework (%1)</source>
        <translation>&amp;Copy last year&apos;s framework (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A copy takes last year&apos;s criteria, maxima, lead units and bands; change it to follow the new year&apos;s decision. Last year&apos;s scores stay with last year&apos;s framework.</source>
        <translation>A copy takes last year&apos;s criteria, maxima, lead units and bands; change it to follow the new year&apos;s decision. Last year&apos;s scores stay with last year&apos;s framework.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Where the maximum of the parent is the sum of its parts, it grows with the new criterion. The aggregation matters once the criterion has parts of its own.</source>
        <translation>Where the maximum of the parent is the sum of its parts, it grows with the new criterion. The aggregation matters once the criterion has parts of its own.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the maximum points of the criterion.</source>
        <translation>Give the maximum points of the criterion.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Show units of &amp;every kind</source>
        <translation>Show units of &amp;every kind</translation>
    </message>
</context>
<context>
    <name>par::ui::SetupPage</name>
    <message>
        <location filename="../ui/pages/SetupPage.cpp" line="+95"/>
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>New &amp;index...</source>
        <translation>New &amp;index...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New y&amp;ear...</source>
        <translation>New y&amp;ear...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mport framework...</source>
        <translation>I&amp;mport framework...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove year...</source>
        <translation>Remove year...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In&amp;dex:</source>
        <translation>In&amp;dex:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create an index with its first year</source>
        <translation>Create an index with its first year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a year to this index, copying last year&apos;s framework or starting empty</source>
        <translation>Add a year to this index, copying last year&apos;s framework or starting empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a year&apos;s criteria from a CSV file (code, title, max_points, parent, aggregation, lead_unit)</source>
        <translation>Read a year&apos;s criteria from a CSV file (code, title, max_points, parent, aggregation, lead_unit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this year&apos;s framework; only possible while it has no scores</source>
        <translation>Remove this year&apos;s framework; only possible while it has no scores</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Criteria and bands</source>
        <translation>&amp;Criteria and bands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units and cohorts</source>
        <translation>&amp;Units and cohorts</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Only the secretariat changes the setup (your account: %1).</source>
        <translation>Only the secretariat changes the setup (your account: %1).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Index %1 created: add its criteria, or import a framework file.</source>
        <translation>Index %1 created: add its criteria, or import a framework file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 framework of %2 is ready.</source>
        <translation>The %1 framework of %2 is ready.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Framework imported</source>
        <translation>Framework imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The framework was imported, with these remarks:</source>
        <translation>The framework was imported, with these remarks:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 framework of %2 was imported.</source>
        <translation>The %1 framework of %2 was imported.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove year</source>
        <translation>Remove year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the %1 framework of %2, with its criteria and bands?</source>
        <translation>Remove the %1 framework of %2, with its criteria and bands?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove the year</source>
        <translation>Cannot remove the year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 framework of %2 was removed.</source>
        <translation>The %1 framework of %2 was removed.</translation>
    </message>
</context>
<context>
    <name>par::ui::SignInDialog</name>
    <message>
        <location filename="../ui/server/SignInDialog.cpp" line="+12"/>
        <source>Sign in to %1</source>
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Wrong user name or password. Try again, or ask the server&apos;s administrator.</source>
        <translation>Wrong user name or password. Try again, or ask the server&apos;s administrator.</translation>
    </message>
</context>
<context>
    <name>par::ui::TrendsPage</name>
    <message>
        <location filename="../ui/pages/TrendsPage.cpp" line="+55"/>
        <source>C&amp;riterion:</source>
        <translation>C&amp;riterion:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Units to compare:</source>
        <translation>&amp;Units to compare:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+106"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 (vs %2)</source>
        <translation>%1 (vs %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an index in the bar above.</source>
        <translation>Choose an index in the bar above.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+97"/>
        <source>%1 (predecessor)</source>
        <translation>%1 (predecessor)</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+61"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Rank (1 at the top)</source>
        <translation>Rank (1 at the top)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Dashed lines and rows marked &quot;(predecessor)&quot; are the results of the units a unit was formed from, before it existed: each is that unit&apos;s own, none is added to another.</source>
        <translation>Dashed lines and rows marked &quot;(predecessor)&quot; are the results of the units a unit was formed from, before it existed: each is that unit&apos;s own, none is added to another.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A predecessor of %1: its own result in %2, before the event that formed %1.</source>
        <translation>A predecessor of %1: its own result in %2, before the event that formed %1.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>par::ui::UnitsModel</name>
    <message>
        <location filename="../ui/setup/UnitsModel.cpp" line="+18"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renamed from %1 (%2)</source>
        <translation>Renamed from %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← %1 (%2)</source>
        <translation>← %1 (%2)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mergers, splits, renames</source>
        <translation>Mergers, splits, renames</translation>
    </message>
</context>
<context>
    <name>par::ui::UnitsTab</name>
    <message>
        <location filename="../ui/setup/UnitsTab.cpp" line="+66"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, code or kind</source>
        <translation>Filter by name, code or kind</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+153"/>
        <source>%n unit(s) shown</source>
        <translation>
            <numerusform>%n unit shown</numerusform>
            <numerusform>%n units shown</numerusform>
        </translation>
    </message>
    <message>
        <location line="-149"/>
        <source>New unit...</source>
        <translation>New unit...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a province, department, district or commune</source>
        <translation>Add a province, department, district or commune</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>C&amp;ohort:</source>
        <translation>C&amp;ohort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New cohort...</source>
        <translation>New cohort...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a group of units ranked together</source>
        <translation>Create a group of units ranked together</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add units...</source>
        <translation>Add units...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add units to this cohort for the year</source>
        <translation>Add units to this cohort for the year</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+280"/>
        <source>Remove from cohort</source>
        <translation>Remove from cohort</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Take the selected unit out of this cohort for the year</source>
        <translation>Take the selected unit out of this cohort for the year</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cohorts of %1 in %2</source>
        <translation>Cohorts of %1 in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts of %1</source>
        <translation>Cohorts of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no cohort yet.</source>
        <translation>%1 has no cohort yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unit(s) ranked in this cohort in %1</source>
        <translation>
            <numerusform>%n unit ranked in this cohort in %1</numerusform>
            <numerusform>%n units ranked in this cohort in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Merge units...</source>
        <translation>Merge units...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that several units became one from a year, with its legal basis</source>
        <translation>Record that several units became one from a year, with its legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split unit...</source>
        <translation>Split unit...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the selected unit became several from a year, with its legal basis</source>
        <translation>Record that the selected unit became several from a year, with its legal basis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename from a year...</source>
        <translation>Rename from a year...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the selected unit&apos;s new name from a year; its results stay one line</source>
        <translation>Record the selected unit&apos;s new name from a year; its results stay one line</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Double-click a cell to change it. Record mergers, splits and renames with the buttons above: a merged unit keeps its history up to its last year.</source>
        <translation>Double-click a cell to change it. Record mergers, splits and renames with the buttons above: a merged unit keeps its history up to its last year.</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Merger of %1 recorded.</source>
        <translation>Merger of %1 recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split of %1 recorded.</source>
        <translation>Split of %1 recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename of %1 recorded.</source>
        <translation>Rename of %1 recorded.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot change %1</source>
        <translation>Cannot change %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cohort %1 created.</source>
        <translation>Cohort %1 created.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot add the units</source>
        <translation>Cannot add the units</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unit(s) added to %1.</source>
        <translation>
            <numerusform>%n unit added to %1.</numerusform>
            <numerusform>%n units added to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take %1 out of &quot;%2&quot; for %3?</source>
        <translation>Take %1 out of &quot;%2&quot; for %3?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It has %n score(s) for %1; they stay recorded, but the unit is no longer ranked in this cohort.</source>
        <translation>
            <numerusform>It has %n score for %1; it stays recorded, but the unit is no longer ranked in this cohort.</numerusform>
            <numerusform>It has %n scores for %1; they stay recorded, but the unit is no longer ranked in this cohort.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot remove the unit from the cohort</source>
        <translation>Cannot remove the unit from the cohort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 removed from %2.</source>
        <translation>%1 removed from %2.</translation>
    </message>
</context>
<context>
    <name>par::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome/WelcomePage.cpp" line="+34"/>
        <source>Recent databases</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome to parindex</source>
        <translation>Welcome to parindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parindex keeps your province&apos;s administrative reform results: the national indexes (PAR INDEX, SIPAS, PAPI) and the province&apos;s own scoring of its departments, districts and communes, from the year&apos;s criteria to the committee&apos;s meeting report. How would you like to start?</source>
        <translation>parindex keeps your province&apos;s administrative reform results: the national indexes (PAR INDEX, SIPAS, PAPI) and the province&apos;s own scoring of its departments, districts and communes, from the year&apos;s criteria to the committee&apos;s meeting report. How would you like to start?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bắc Kạn&apos;s PAR INDEX 2017–2018 and SIPAS 2018 as published, with an illustrative index of its departments and districts: a safe place to try everything.</source>
        <translation>Bắc Kạn&apos;s PAR INDEX 2017–2018 and SIPAS 2018 as published, with an illustrative index of its departments and districts: a safe place to try everything.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a database for my province</source>
        <translation>Create a database for my province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short wizard: the province&apos;s name, its units pasted from a list, the cohorts they are ranked in and the indexes you track.</source>
        <translation>A short wizard: the province&apos;s name, its units pasted from a list, the cohorts they are ranked in and the indexes you track.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing file...</source>
        <translation>Open an existing file...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A parindex database (.db) made on this computer or copied from another one.</source>
        <translation>A parindex database (.db) made on this computer or copied from another one.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>...or a database on a &amp;server</source>
        <translation>...or a database on a &amp;server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the province&apos;s PostgreSQL server (File &gt; Connect to server...)</source>
        <translation>Connect to the province&apos;s PostgreSQL server (File &gt; Connect to server...)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Double-click or press Enter to open</source>
        <translation>Double-click or press Enter to open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help &gt; Manual (F1) walks through the yearly cycle step by step.</source>
        <translation>Help &gt; Manual (F1) walks through the yearly cycle step by step.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database opened last time, %1, is no longer there: it may have been moved, renamed or deleted. Open it where it is now, or start below.</source>
        <translation>The database opened last time, %1, is no longer there: it may have been moved, renamed or deleted. Open it where it is now, or start below.</translation>
    </message>
</context>
<context>
    <name>par::ui::YearDelegate</name>
    <message>
        <location filename="../ui/setup/YearDelegate.cpp" line="+16"/>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>par::ui::YearGlancePanel</name>
    <message>
        <location filename="../ui/welcome/YearGlancePanel.cpp" line="+27"/>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-assessed</source>
        <translation>Self-assessed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appraised</source>
        <translation>Appraised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set up the year&apos;s criteria</source>
        <translation>Set up the year&apos;s criteria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the cohort&apos;s units</source>
        <translation>Add the cohort&apos;s units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import scores</source>
        <translation>Import scores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraise</source>
        <translation>Appraise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting report</source>
        <translation>Meeting report</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The year at a glance</source>
        <translation>The year at a glance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The year at a glance: %1 %2</source>
        <translation>The year at a glance: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year at a glance: %1</source>
        <translation>The year at a glance: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no cohort yet: add one on the Setup page.</source>
        <translation>%1 has no cohort yet: add one on the Setup page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no year yet: set up the criteria of the first year.</source>
        <translation>%1 has no year yet: set up the criteria of the first year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account (%1) counts what it may read: its own unit&apos;s scores, and the final results of finalised years.</source>
        <translation>Your account (%1) counts what it may read: its own unit&apos;s scores, and the final results of finalised years.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not set up</source>
        <translation>not set up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No criteria for %1 yet.</source>
        <translation>No criteria for %1 yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (+%1 partly)</source>
        <translation> (+%1 partly)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 in the pool)</source>
        <translation> (%1 in the pool)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partly scored: %1</source>
        <translation>Partly scored: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No score yet: %1</source>
        <translation>No score yet: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (partly)</source>
        <translation>%1 (partly)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed: a change needs reopening with a reason.</source>
        <translation>Closed: a change needs reopening with a reason.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account (%1) may not take this step.</source>
        <translation>Your account (%1) may not take this step.</translation>
    </message>
</context>
</TS>
