"""What an entity is as written (saidwhen.speakers.kinds): a person or an organisation."""
from __future__ import annotations

import pytest

from speakers_support import speakers


def test_an_age_after_a_name_makes_it_a_person_he_can_refer_to():
    text = ("Kwabena Oduro, 13, of Hamilton sold lemonade on King Street. He said he painted the "
            'sign himself: "Lemonade $1, for everyone!"')
    assert [name for name, _ in speakers(text)][-1] == "Kwabena Oduro"


def test_an_apposition_through_an_organisation_s_name_makes_a_person():
    text = ("Ed Brandt spoke first. Zoltan Okoye, Voice of Change's executive director, said his "
            'group would keep pressing sponsors.\n\n"Nobody wants that stage," he said.')
    assert [name for name, _ in speakers(text)][-1] == "Zoltan Okoye"


def test_a_name_referred_back_to_as_its_is_an_organisation_for_it_and_the_company():
    text = ("Telvoro has launched its new tablet. "
            "“Workers want their desk wherever they go,” said Rana Obi, a designer. "
            "It said it would cut prices in May. The company said sales had doubled.")
    assert speakers(text) == [("Rana Obi", "Rana Obi, a designer"), ("Telvoro", "It"),
                              ("Telvoro", "The company")]


@pytest.mark.parametrize("text, name", [
    ("Radio Lowden DJ Pete Marsh said the chart was full of newcomers. He added: “It has been a "
     "great year.”", "Pete Marsh"),
    ("Author JK Rowden said she had finished the novel. She added that the last chapter was the "
     "hardest.", "JK Rowden"),
])
def test_a_role_in_capitals_or_a_person_s_initials_do_not_make_an_organisation(text, name):
    assert [n for n, _ in speakers(text)] == [name, name]
