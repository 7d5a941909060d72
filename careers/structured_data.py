"""JSON-LD for careers: JobPosting for jobs (Google for Jobs), EducationalOccupationalProgram for study routes."""

import datetime

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import get_language

from careers.choices import CREDENTIAL_CATEGORY, FULL_TIME_HOURS, Contract, Kind
from home.localized import localized
from home.structured_data import image_url


def employment_types(career):
    types = []
    if career.kind == Kind.INTERNSHIP or career.contract == Contract.INTERNSHIP:
        types.append("INTERN")
    if career.contract == Contract.FREELANCE:
        types.append("CONTRACTOR")
    if career.contract == Contract.FIXED_TERM:
        types.append("TEMPORARY")
    if career.hours_max and career.hours_max >= FULL_TIME_HOURS:
        types.append("FULL_TIME")
    if career.hours_min and career.hours_min < FULL_TIME_HOURS:
        types.append("PART_TIME")
    return types or ["OTHER"]


def _organisation(organisation, request):
    data = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        data["sameAs"] = organisation.website
    logo = image_url(organisation.logo, "max-400x400|format-png", request) if organisation.logo_id else None
    if logo:
        data["logo"] = logo
    return data


def _place(career):
    address = {
        "@type": "PostalAddress",
        "addressLocality": career.place,
        "addressRegion": "Limburg",
        "addressCountry": "NL",
    }
    if career.street_address:
        address["streetAddress"] = career.street_address
    if career.postal_code:
        address["postalCode"] = career.postal_code
    return {"@type": "Place", "address": address}


def career_json_ld(career, request):
    url = career.get_full_url(request)
    description = str(career.description) + (str(career.requirements) if career.requirements else "")
    if career.kind == Kind.STUDY_ROUTE:
        # A study route is not a job: Google for Jobs forbids JobPosting for it.
        return {
            "@context": "https://schema.org",
            "@type": "EducationalOccupationalProgram",
            "name": career.title,
            "description": strip_tags(description),
            "url": url,
            "provider": _organisation(career.organisation, request),
            "educationalCredentialAwarded": career.get_education_level_display(),
            "applicationDeadline": career.valid_through.isoformat(),
            "inLanguage": get_language(),
        }
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": career.title,
        "description": description,
        "datePosted": career.date_posted.isoformat(),
        # The end of the closing day, in the region's time zone.
        "validThrough": datetime.datetime.combine(
            career.valid_through, datetime.time(23, 59, 59), tzinfo=timezone.get_current_timezone()
        ).isoformat(),
        "hiringOrganization": _organisation(career.organisation, request),
        "jobLocation": _place(career),
        "employmentType": employment_types(career),
        "educationRequirements": {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": CREDENTIAL_CATEGORY[career.education_level],
        },
        "industry": localized(career.sector).name,
        "url": url,
        "directApply": False,
    }
    if career.external_id:
        data["identifier"] = {"@type": "PropertyValue", "name": career.organisation.name, "value": career.external_id}
    if career.salary_min or career.salary_max:
        value = {"@type": "QuantitativeValue", "unitText": career.salary_unit}
        if career.salary_min and career.salary_max and career.salary_min != career.salary_max:
            value.update(minValue=float(career.salary_min), maxValue=float(career.salary_max))
        else:
            value["value"] = float(career.salary_min or career.salary_max)
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": "EUR", "value": value}
    if career.hours_min or career.hours_max:
        data["workHours"] = str(career.hours_label)
    return data
