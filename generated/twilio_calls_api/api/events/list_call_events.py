# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.event_page import EventPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    *,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["PageSize"] = page_size

    params["Page"] = page

    params["PageToken"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2010-04-01/Accounts/{account_sid}/Calls/{call_sid}/Events.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | EventPage:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | EventPage]:
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
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[Error | EventPage]:
    """List the requests made for a call, one page at a time

     Each event is one HTTP request the platform made for the call (TwiML fetches, status callbacks, and
    the API request that created it) with the answer it got. Twilio makes them readable some 15 minutes
    after the call ends.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EventPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
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
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Error | EventPage | None:
    """List the requests made for a call, one page at a time

     Each event is one HTTP request the platform made for the call (TwiML fetches, status callbacks, and
    the API request that created it) with the answer it got. Twilio makes them readable some 15 minutes
    after the call ends.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EventPage
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        client=client,
        page_size=page_size,
        page=page,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[Error | EventPage]:
    """List the requests made for a call, one page at a time

     Each event is one HTTP request the platform made for the call (TwiML fetches, status callbacks, and
    the API request that created it) with the answer it got. Twilio makes them readable some 15 minutes
    after the call ends.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EventPage]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
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
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Error | EventPage | None:
    """List the requests made for a call, one page at a time

     Each event is one HTTP request the platform made for the call (TwiML fetches, status callbacks, and
    the API request that created it) with the answer it got. Twilio makes them readable some 15 minutes
    after the call ends.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        page_size (int | Unset):
        page (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EventPage
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            client=client,
            page_size=page_size,
            page=page,
            page_token=page_token,
        )
    ).parsed
