"""Who the rules are about: a person, and the household they live in.

Roles are seen from the applicant (the person the file is about): `partner` is the
applicant's spouse or partner, `child` a child of the applicant or partner, `parent` a
parent of the applicant or partner living with them, `other_adult` anyone else under the
same roof (sibling, friend, grandparent...). The leefloon counts each role's resources
differently, which is why the roles are this fine.
"""

from openfisca_core.entities import build_entity

Household = build_entity(
    key="household",
    plural="households",
    label="Household",
    doc="The people living under one roof, described from the applicant's point of view.",
    roles=[
        {"key": "applicant", "plural": "applicants", "label": "Applicant", "max": 1},
        {"key": "partner", "plural": "partners", "label": "Partner", "max": 1},
        {"key": "child", "plural": "children", "label": "Child of the applicant or partner"},
        {"key": "parent", "plural": "parents", "label": "Parent of the applicant or partner"},
        {"key": "other_adult", "plural": "other_adults", "label": "Other household member"},
    ],
)

Person = build_entity(
    key="person",
    plural="persons",
    label="Person",
    doc="A member of the household.",
    is_person=True,
)

entities = [Household, Person]
