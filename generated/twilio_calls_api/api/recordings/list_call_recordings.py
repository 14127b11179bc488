# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.created_after import CreatedAfter
from ...models.created_before import CreatedBefore
from ...models.error import Error
from ...models.recording_page import RecordingPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    *,
    date_created: datetime.date | Unset = UNSET,
    before: CreatedBefore | Unset = UNSET,
    after: CreatedAfter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_created: str | Unset = UNSET
    if not isinstance(date_created, Unset):
        json_date_created = date_created.isoformat()
    params["DateCreated"] = json_date_created

    json_before: dict[str, Any] | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.to_dict()
    if not isinstance(json_before, Unset):
        params.update(json_before)

    json_after: dict[str, Any] | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.to_dict()
    if not isinstance(json_after, Unset):
        params.update(json_after)

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2010-04-01/Accounts/{account_sid}/Calls/{call_sid}/Recordings.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RecordingPage:
    if response.status_code == 200:
        response_200 = RecordingPage.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RecordingPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    date_created: datetime.date | Unset = UNSET,
    before: CreatedBefore | Unset = UNSET,
    after: CreatedAfter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[Error | RecordingPage]:
    """List a call's recordings, one page at a time

     Returns one page of the call's recordings matching every filter given. Follow `next_page_uri` for
    the next page. The inclusive bounds `DateCreated<` and `DateCreated>` travel as their own query
    keys; they are grouped in the `Before` and `After` objects, exploded into separate keys, so that
    each has a distinct name in generated code.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        date_created (datetime.date | Unset):
        before (CreatedBefore | Unset): Inclusive upper bound on when a recording was made.
        after (CreatedAfter | Unset): Inclusive lower bound on when a recording was made.
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordingPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        date_created=date_created,
        before=before,
        after=after,
        page_size=page_size,
        page=page,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    date_created: datetime.date | Unset = UNSET,
    before: CreatedBefore | Unset = UNSET,
    after: CreatedAfter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Error | RecordingPage | None:
    """List a call's recordings, one page at a time

     Returns one page of the call's recordings matching every filter given. Follow `next_page_uri` for
    the next page. The inclusive bounds `DateCreated<` and `DateCreated>` travel as their own query
    keys; they are grouped in the `Before` and `After` objects, exploded into separate keys, so that
    each has a distinct name in generated code.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        date_created (datetime.date | Unset):
        before (CreatedBefore | Unset): Inclusive upper bound on when a recording was made.
        after (CreatedAfter | Unset): Inclusive lower bound on when a recording was made.
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordingPage
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        client=client,
        date_created=date_created,
        before=before,
        after=after,
        page_size=page_size,
        page=page,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    date_created: datetime.date | Unset = UNSET,
    before: CreatedBefore | Unset = UNSET,
    after: CreatedAfter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[Error | RecordingPage]:
    """List a call's recordings, one page at a time

     Returns one page of the call's recordings matching every filter given. Follow `next_page_uri` for
    the next page. The inclusive bounds `DateCreated<` and `DateCreated>` travel as their own query
    keys; they are grouped in the `Before` and `After` objects, exploded into separate keys, so that
    each has a distinct name in generated code.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        date_created (datetime.date | Unset):
        before (CreatedBefore | Unset): Inclusive upper bound on when a recording was made.
        after (CreatedAfter | Unset): Inclusive lower bound on when a recording was made.
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RecordingPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        date_created=date_created,
        before=before,
        after=after,
        page_size=page_size,
        page=page,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    date_created: datetime.date | Unset = UNSET,
    before: CreatedBefore | Unset = UNSET,
    after: CreatedAfter | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Error | RecordingPage | None:
    """List a call's recordings, one page at a time

     Returns one page of the call's recordings matching every filter given. Follow `next_page_uri` for
    the next page. The inclusive bounds `DateCreated<` and `DateCreated>` travel as their own query
    keys; they are grouped in the `Before` and `After` objects, exploded into separate keys, so that
    each has a distinct name in generated code.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        date_created (datetime.date | Unset):
        before (CreatedBefore | Unset): Inclusive upper bound on when a recording was made.
        after (CreatedAfter | Unset): Inclusive lower bound on when a recording was made.
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RecordingPage
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            client=client,
            date_created=date_created,
            before=before,
            after=after,
            page_size=page_size,
            page=page,
            page_token=page_token,
        )
    ).parsed
