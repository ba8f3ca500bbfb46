"""Each starting topic's own marker colour, so that the map's markers, clusters and legend
tell the sixteen topics apart (issue 19, ADR 31).

Sixteen hues evenly spread round the OKLCH colour wheel, alternately lighter and darker, each
dark enough for a white pictogram (contrast with white 5:1 to 7.4:1). No palette of sixteen
is safe for every kind of colour blindness: the pictogram on each marker and in the legend
carries the meaning, the colour helps the eye. Topics of one area sit apart on the wheel."""

TOPIC_COLOURS = {
    "gesundheit": "#ae4349",
    "wohnen": "#983801",
    "arbeitssuche": "#9a5a00",
    "schuldnerberatung": "#715703",
    "anerkennung": "#707102",
    "freizeit-und-sport": "#3d6903",
    "asylberatung": "#048149",
    "jugend": "#076a5a",
    "migrationsberatung": "#017b80",
    "behoerden": "#08657d",
    "sprachkurse": "#0a71b1",
    "ausbildung": "#3853a8",
    "schule": "#6c5ab6",
    "kinderbetreuung": "#753e92",
    "familienberatung": "#9b488b",
    "frauen": "#94305b",
}
